import type { Plugin } from 'payload'

import { slugs } from '../collections/slugs'
import { newsroomPlugin } from './newsroom'
import { readCachePlugin } from './readCache'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  newsroomPlugin({ collections: [slugs.articles], unitsCollection: slugs.units }),
  // After the newsroom plugin: it adds the contributors collection, whose names appear in bylines.
  readCachePlugin({
    collections: [...Object.values(slugs), 'contributors'],
    ttlSeconds: readCacheTtl ? Number(readCacheTtl) : undefined,
  }),
]
