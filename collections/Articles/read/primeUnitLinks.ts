import {
  createDataloaderCacheKey,
  type CollectionSlug,
  type PayloadRequest,
  type TypedFallbackLocale,
} from 'payload'

/**
 * The links below `articlesFromUnits` that live in a unit's own libraries, and theirs in turn.
 * Sites and the shared records (units, officials, meetings) are public on every host.
 */
const unitLinks: Partial<Record<CollectionSlug, Partial<Record<string, CollectionSlug>>>> = {
  articles: { category: 'categories', featuredImage: 'media', audio: 'media' },
  categories: { parent: 'categories' },
}

type Linked = { collection: CollectionSlug; doc: object }

/**
 * The key under which Payload's GraphQL relationship resolvers ask the reader's loader, from the
 * same values: an unset locale or transaction is unset there too (null in the key).
 */
const resolverKey = (
  reader: PayloadRequest,
  collectionSlug: CollectionSlug,
  docID: number | string,
) =>
  createDataloaderCacheKey({
    collectionSlug,
    currentDepth: 0,
    depth: 0,
    docID,
    draft: false,
    fallbackLocale: reader.fallbackLocale as TypedFallbackLocale,
    locale: reader.locale as string,
    overrideAccess: false,
    showHiddenFields: false,
    transactionID: reader.transactionID as NonNullable<PayloadRequest['transactionID']>,
  })

/**
 * GraphQL resolves the units' articles' categories and photos through the data loader of the
 * caller's request, whose reads answer for the caller's site alone: they would come out null.
 * The units' request reads them, with its own access and as those resolvers would (depth 0, the
 * caller's locale, field access applied, no hidden fields), and the caller's loader is primed
 * with each under the resolvers' key; nothing else of the caller's request changes. A draft
 * read (`?draft=`) is never widened. A link asked another way than the portal asks it — its own
 * `locale` or `draft` argument, or `select: true` on another field of the query that selects the
 * same link (Payload shares that select across the query) — has another key and comes out null.
 */
export const primeUnitLinks = async ({
  reader,
  units,
  docs,
}: {
  reader: PayloadRequest
  units: PayloadRequest
  docs: object[]
}): Promise<void> => {
  if (reader.query?.draft) return
  const seen = new Set<string>()
  let linked: Linked[] = docs.map((doc) => ({ collection: 'articles', doc }))
  while (linked.length) {
    const wanted: { collection: CollectionSlug; key: string }[] = []
    for (const { collection, doc } of linked) {
      for (const [field, target] of Object.entries(unitLinks[collection] ?? {})) {
        const id = (doc as Record<string, unknown>)[field]
        if (!target || (typeof id !== 'string' && typeof id !== 'number')) continue
        const key = resolverKey(reader, target, id)
        if (seen.has(key)) continue
        seen.add(key)
        wanted.push({ collection: target, key })
      }
    }
    const found = await units.payloadDataLoader.loadMany(wanted.map(({ key }) => key))
    linked = []
    wanted.forEach(({ collection, key }, index) => {
      const doc = found[index]
      if (!doc || doc instanceof Error) return
      reader.payloadDataLoader.prime(key, doc)
      linked.push({ collection, doc })
    })
  }
}
