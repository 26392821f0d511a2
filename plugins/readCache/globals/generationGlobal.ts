import type { GlobalConfig } from 'payload'

/** The global holding the stamp that every instance's cache is checked against. */
export const GENERATION_GLOBAL = 'read-cache-generation'

/**
 * One row in the database the instances share: a stamp, changed by every write that empties the
 * cache. Internal: no client may read or change it, and it is not in the admin or GraphQL.
 */
export const generationGlobal: GlobalConfig = {
  slug: GENERATION_GLOBAL,
  admin: { hidden: true },
  access: { read: () => false, update: () => false, readVersions: () => false },
  graphQL: false,
  fields: [{ name: 'stamp', type: 'text' }],
}
