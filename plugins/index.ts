import type { Plugin } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { PUBLIC_MAX_LIMIT, publicFields } from '@/access/publicFields'
import { rolesAnywhere, rolesOnSite, siteRoleScopes, sitesWithRole } from '@/access/siteRoles'
import { rescheduleTransition } from '@/calendar/rescheduleTransition'
import { mediaStorage } from '@/lib/storage/mediaStorage'
import { revalidatePortal } from '@/portal/api/revalidatePortal'
import { SITE_HEADER } from '@/sites/siteOfRequest'
import { sourceOfAnySite } from '@collections/Articles/republish/sourceOfAnySite'
import { slugs } from '@collections/slugs'

import { newsroomPlugin } from './newsroom'
import { defaultTransitions } from './newsroom'
import { publicAccessPlugin } from './publicAccess'
import { readCachePlugin } from './readCache'
import { articleSeoPlugin } from './seo'
import { siteReadsPlugin } from './siteReads'
import { sitesPlugin } from './sites'
import { untranslatedFieldsPlugin } from './untranslatedFields'
import { webhooksPlugin } from './webhooks'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  newsroomPlugin({
    collections: [slugs.articles],
    unitsCollection: slugs.units,
    // The publishing calendar's move (src/calendar) is a step of the workflow like the others.
    transitions: [...defaultTransitions, rescheduleTransition],
    // Roles per site (README, "Roles per site"): those on every site and those on the
    // document's own; the history, royalty lines and closed months belong to a site.
    rolesOf: ({ user, doc }) => (doc ? rolesOnSite(user, doc.site) : rolesAnywhere(user)),
    roleScopes: ({ user }) => siteRoleScopes(user),
    scopeField: 'site',
    // An English article (collections/Articles `language`) prints its byline in English.
    languageField: 'language',
  }),
  // Right after the newsroom plugin, whose history and royalty collections it puts on a site;
  // before every other: the site field and its access are then in place for them.
  sitesPlugin,
  // Right after it: public reads answer for the request's site (host or `?site=`).
  siteReadsPlugin,
  // A republication's source is another site's article.
  sourceOfAnySite,
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
    // Each event names the site of its article, category or media item; an endpoint of one site
    // gets that site's events (and shared documents'), and that site's admins manage it.
    siteField: 'site',
    sitesCollection: slugs.sites,
    canManage: ({ req }) => isAdmin({ req }) || sitesWithRole(req.user, ['siteAdmin']),
    onEvent: revalidatePortal,
  }),
  // After every plugin that adds localized fields: which values fell back to Vietnamese.
  untranslatedFieldsPlugin(),
  // Media files in an S3 bucket when S3_BUCKET is set, on the shared volume otherwise.
  mediaStorage(slugs.media),
  // Last: it hides every field not declared public on every collection, those the plugins above
  // added included.
  publicAccessPlugin({ publicFields, maxLimit: PUBLIC_MAX_LIMIT }),
]
