import type { Plugin } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { PUBLIC_MAX_LIMIT, publicFields } from '@/access/publicFields'
import { rescheduleTransition } from '@/calendar/rescheduleTransition'
import { revalidatePortal } from '@/portal/api/revalidatePortal'
import { SITE_HEADER } from '@/sites/siteOfRequest'
import { slugs } from '@collections/slugs'

import { newsroomPlugin } from './newsroom'
import { defaultTransitions } from './newsroom'
import { publicAccessPlugin } from './publicAccess'
import { readCachePlugin } from './readCache'
import { articleSeoPlugin } from './seo'
import { siteReadsPlugin } from './siteReads'
import { sitesPlugin } from './sites'
import { webhooksPlugin } from './webhooks'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  // First: the site field and the per-site access it adds are then in place for every plugin after.
  sitesPlugin,
  // Right after it: public reads answer for the request's site (host or `?site=`).
  siteReadsPlugin,
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
    // Each host, or `?site=`/`X-Site`, reads its own site (src/sites/siteOfRequest.ts).
    keyHeaders: ['host', 'x-forwarded-host', SITE_HEADER],
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
      // A site's settings and hosts: what its portal prints in every header and footer.
      slugs.sites,
    ],
    globals: ['site-settings'],
    // Each event names the site of its article, category or media item.
    siteField: 'site',
    canManage: isAdmin,
    onEvent: revalidatePortal,
  }),
  // Last: it hides every field not declared public on every collection, those the plugins above
  // added included.
  publicAccessPlugin({ publicFields, maxLimit: PUBLIC_MAX_LIMIT }),
]
