import type { Plugin } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { PUBLIC_MAX_LIMIT, publicFields } from '@/access/publicFields'
import { rescheduleTransition } from '@/calendar/rescheduleTransition'
import { mediaStorage } from '@/lib/storage/mediaStorage'
import { revalidatePortal } from '@/portal/api/revalidatePortal'
import { slugs } from '@collections/slugs'

import { newsroomPlugin } from './newsroom'
import { defaultTransitions } from './newsroom'
import { publicAccessPlugin } from './publicAccess'
import { readCachePlugin } from './readCache'
import { articleSeoPlugin } from './seo'
import { webhooksPlugin } from './webhooks'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  newsroomPlugin({
    collections: [slugs.articles],
    unitsCollection: slugs.units,
    // The publishing calendar's move (src/calendar) is a step of the workflow like the others.
    transitions: [...defaultTransitions, rescheduleTransition],
  }),
  articleSeoPlugin,
  // After the newsroom plugin: it adds the contributors collection, whose names appear in bylines.
  readCachePlugin({
    collections: [...Object.values(slugs), 'contributors'],
    globals: ['site-settings'],
    ttlSeconds: readCacheTtl ? Number(readCacheTtl) : undefined,
  }),
  webhooksPlugin({
    collections: [
      slugs.articles,
      slugs.categories,
      slugs.meetings,
      slugs.officials,
      slugs.units,
      slugs.media,
    ],
    globals: ['site-settings'],
    canManage: isAdmin,
    onEvent: revalidatePortal,
  }),
  // Media files in an S3 bucket when S3_BUCKET is set, on the shared volume otherwise.
  mediaStorage(slugs.media),
  // Last: it hides every field not declared public on every collection, those the plugins above
  // added included.
  publicAccessPlugin({ publicFields, maxLimit: PUBLIC_MAX_LIMIT }),
]
