import type { Plugin } from 'payload'

/** The newsroom plugin (workflow, attribution) joins this list in its own issue. */
export const plugins: Plugin[] = []
