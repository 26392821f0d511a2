import { getPayload } from 'payload'

import config from '@payload-config'

import { seed } from '../seed/seed'

const payload = await getPayload({ config })
await seed(payload)
payload.logger.info('Toasoan: sample newsroom loaded (existing records were reused).')
await payload.destroy()
process.exit(0)
