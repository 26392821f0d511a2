import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

/** The most documents an anonymous client gets per page, and the deepest population. */
export const PUBLIC_MAX_LIMIT = 50
export const PUBLIC_MAX_DEPTH = 2

/**
 * Anonymous reads are what a portal's traffic is made of: a page size, a population depth and
 * no `limit=0` dump, refused with a clear 400 rather than silently clamped so that a front-end
 * developer sees the mistake at once. Staff and server code are not limited.
 */
export const limitPublicReads =
  <Slug extends CollectionSlug>(): CollectionBeforeOperationHook<Slug> =>
  ({ args, operation, req }) => {
    const { limit, depth, pagination, currentDepth } = args as {
      limit?: number
      depth?: number
      pagination?: boolean
      currentDepth?: number
    }
    // Only the client's own REST query: population reads inside it carry a currentDepth, and
    // GraphQL queries are checked by their own validation rule (publicLimitsRule).
    if (operation !== 'read' || req.user || req.payloadAPI !== 'REST' || currentDepth) return args
    if (
      limit === 0 ||
      pagination === false ||
      (typeof limit === 'number' && limit > PUBLIC_MAX_LIMIT)
    ) {
      throw new APIError(
        `Mỗi trang tối đa ${PUBLIC_MAX_LIMIT} mục (limit must be 1–${PUBLIC_MAX_LIMIT} for anonymous clients).`,
        400,
        undefined,
        true,
      )
    }
    if (typeof depth === 'number' && depth > PUBLIC_MAX_DEPTH) {
      throw new APIError(
        `Độ sâu tối đa ${PUBLIC_MAX_DEPTH} (depth must be at most ${PUBLIC_MAX_DEPTH} for anonymous clients).`,
        400,
        undefined,
        true,
      )
    }
    return args
  }
