import type { Access } from 'payload'

import { isStaff } from './isStaff'

/**
 * Staff read drafts; everyone else reads published documents only. The constraint on `_status` is
 * what keeps drafts out of anonymous reads: Payload applies it to the versions table too, so
 * `?draft=true` cannot reach an unpublished version (`() => true` would leak them).
 */
export const publishedOrStaff: Access = ({ req }) =>
  isStaff({ req }) || { _status: { equals: 'published' } }
