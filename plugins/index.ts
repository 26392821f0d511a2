import type { Plugin } from 'payload'

import { slugs } from '../collections/slugs'
import { rescheduleTransition } from '../src/calendar/rescheduleTransition'
import { newsroomPlugin } from './newsroom'
import { defaultTransitions } from './newsroom/defaults'
import { readCachePlugin } from './readCache'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  newsroomPlugin({
    collections: [slugs.articles],
    // The publishing calendar's move (src/calendar) is a step of the workflow like the others.
    transitions: [...defaultTransitions, rescheduleTransition],
  }),
  // After the newsroom plugin: it adds the contributors collection, whose names appear in bylines.
  readCachePlugin({
    collections: [...Object.values(slugs), 'contributors'],
    ttlSeconds: readCacheTtl ? Number(readCacheTtl) : undefined,
  }),
]
