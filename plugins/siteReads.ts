import type { Access, CollectionConfig, Config, PayloadRequest, Where } from 'payload'

import { isStaff } from '@/access/isStaff'
import { ownOrParentSites, ownSiteOnly } from '@/sites/publicSiteScope'
import { forgetSiteDirectory } from '@/sites/siteDirectory'
import { slugs } from '@collections/slugs'

type Scope = (req: PayloadRequest) => Promise<Where>

/** What each site-owned collection shows a public reader, beside what its own access allows. */
const scopes: Partial<Record<string, Scope>> = {
  [slugs.articles]: ownSiteOnly,
  [slugs.categories]: ownSiteOnly,
  [slugs.media]: ownOrParentSites,
}

/**
 * ANDs the site of the request (README, "Which site a request reads") to a collection's read
 * access for everyone but staff, whose reads the sites plugin governs by their roles per site.
 */
const scopedRead =
  (read: Access | undefined, scope: Scope): Access =>
  async (args) => {
    const allowed = read ? await read(args) : Boolean(args.req.user)
    if (allowed === false || isStaff(args)) return allowed
    // A file itself is served on every host: a republication and "Tin từ các đơn vị" print
    // another site's photos. Lists and documents stay the site's.
    if (args.isReadingStaticFile) return allowed
    const site = await scope(args.req)
    return allowed === true ? site : { and: [allowed, site] }
  }

/**
 * The hot public queries again, each led by the site they now filter on: a site's category
 * page, its lists and day archive (bench/manySites.ts measures them with 20 sites).
 */
const siteIndexes: Partial<Record<string, NonNullable<CollectionConfig['indexes']>>> = {
  [slugs.articles]: [
    { fields: ['site', 'category', '_status', 'publishedAt'] },
    // Category last: a page walked newest first checks it in the index, without reading the
    // rows (and their bodies) of the site's other categories' articles.
    { fields: ['site', '_status', 'publishedAt', 'category'] },
  ],
}

const withSiteScope = (collection: CollectionConfig): CollectionConfig => {
  const scope = scopes[collection.slug]
  if (scope) {
    return {
      ...collection,
      access: { ...collection.access, read: scopedRead(collection.access?.read, scope) },
      indexes: [...(collection.indexes ?? []), ...(siteIndexes[collection.slug] ?? [])],
    }
  }
  if (collection.slug !== slugs.sites) return collection
  // A site written in this process is seen at once; other processes follow the read cache's stamp.
  const forget = ({ req }: { req: PayloadRequest }) => forgetSiteDirectory(req.payload)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), forget],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), forget],
    },
  }
}

/**
 * Every public read answers for one site: the request's (src/sites/siteOfRequest.ts). After the
 * sites plugin, whose per-site staff access it leaves as it is.
 */
export const siteReadsPlugin = (incoming: Config): Config => ({
  ...incoming,
  collections: (incoming.collections ?? []).map(withSiteScope),
})
