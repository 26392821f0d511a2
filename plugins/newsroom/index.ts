export { newsroomPlugin } from './plugin'
export { transition } from './transition/transition'
export type { TransitionArgs, TransitionResult } from './transition/transition'
export type { Actor, NewsroomPluginOptions, StageDefinition, TransitionDefinition } from './types'
