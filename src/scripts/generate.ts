import config from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

const sanitized = await config
await generateTypes(sanitized)
await generateImportMap(sanitized, { log: true })
