import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import config from '@payload-config'

const sanitized = await config
await generateTypes(sanitized)
await generateImportMap(sanitized, { log: true })
