export { publicAccessPlugin } from './plugin'
export type { PublicAccessPluginOptions } from './types'
