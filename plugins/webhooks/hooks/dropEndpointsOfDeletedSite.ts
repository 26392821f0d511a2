import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

/**
 * A deleted site's endpoints go with it. Left behind, their emptied site link would make them
 * endpoints of every site, sent every other site's events.
 */
export const dropEndpointsOfDeletedSite =
  ({
    endpointsCollection,
    siteField,
  }: {
    endpointsCollection: CollectionSlug
    siteField: string
  }): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection: endpointsCollection,
      where: { [siteField]: { equals: id } },
      overrideAccess: true,
      req,
    })
  }
