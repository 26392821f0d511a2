import { getPayload } from 'payload'

import config from '@payload-config'

import { passwordResetLink } from '../lib/passwordResetLink'

const email = process.argv.at(-1)
if (!email?.includes('@')) {
  console.error('Usage: npm run reset-link -- <email>')
  process.exit(2)
}
const payload = await getPayload({ config })
console.log(await passwordResetLink(payload, email))
await payload.destroy()
process.exit(0)
