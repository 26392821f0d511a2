import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

/** The most documents an anonymous client gets per page, and the deepest population. */
export const PUBLIC_MAX_LIMIT = 50
const PUBLIC_MAX_DEPTH = 2

/**
 * Anonymous reads are what a portal's traffic is made of: a page size, a population depth and
 * no `limit=0` dump, refused with a clear 400 rather than silently clamped so that a front-end
 * developer sees the mistake at once. Staff and server code are not limited.
 */
export const limitPublicReads =
  <Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> =>
  ({ args, operation, req }) => {
    // The client's own query string, not the arguments of reads the server makes while
    // answering it (populating links, custom endpoints); GraphQL queries are checked by their own
    // validation rule (publicLimitsRule).
    if (operation !== 'read' || req.user || req.payloadAPI !== 'REST') return args
    const { limit, depth, pagination } = req.query as Record<string, unknown>
    const pageSize = limit === undefined ? undefined : Number(limit)
    if (
      pageSize === 0 ||
      String(pagination) === 'false' ||
      (pageSize !== undefined && !(pageSize <= PUBLIC_MAX_LIMIT))
    ) {
      throw new APIError(
        `Mỗi trang tối đa ${PUBLIC_MAX_LIMIT} mục (limit must be 1–${PUBLIC_MAX_LIMIT} for anonymous clients).`,
        400,
        undefined,
        true,
      )
    }
    if (depth !== undefined && !(Number(depth) <= PUBLIC_MAX_DEPTH)) {
      throw new APIError(
        `Độ sâu tối đa ${PUBLIC_MAX_DEPTH} (depth must be at most ${PUBLIC_MAX_DEPTH} for anonymous clients).`,
        400,
        undefined,
        true,
      )
    }
    return args
  }
