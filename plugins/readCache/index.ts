export { readCachePlugin } from './plugin'
export type { ReadCachePluginOptions } from './types'
