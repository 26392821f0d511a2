import type { Plugin } from 'payload'

import { slugs } from '../collections/slugs'
import { PUBLIC_MAX_LIMIT, publicFields } from '../src/access/publicFields'
import { newsroomPlugin } from './newsroom'
import { publicAccessPlugin } from './publicAccess'
import { readCachePlugin } from './readCache'

const readCacheTtl = process.env.READ_CACHE_TTL_SECONDS

export const plugins: Plugin[] = [
  newsroomPlugin({ collections: [slugs.articles] }),
  // After the newsroom plugin: it adds the contributors collection, whose names appear in bylines.
  readCachePlugin({
    collections: [...Object.values(slugs), 'contributors'],
    ttlSeconds: readCacheTtl ? Number(readCacheTtl) : undefined,
  }),
  // Last: it hides every field not declared public on every collection, those the plugins above
  // added included.
  publicAccessPlugin({ publicFields, maxLimit: PUBLIC_MAX_LIMIT }),
]
