import type { EmailAdapter } from 'payload'

import { serverURL } from '../serverURL'
import { capturingEmailAdapter } from './capturingEmailAdapter'
import { loggingEmailAdapter } from './loggingEmailAdapter'
import { smtpEmailAdapter } from './smtpEmailAdapter'

/**
 * Where email goes: through SMTP when SMTP_HOST is set (password resets and workflow notices
 * reach real mailboxes), into memory for the tests that read it (EMAIL_TRANSPORT=capture), and
 * otherwise into the server log, the development default.
 */
export const emailAdapter = (): EmailAdapter => {
  if (process.env.EMAIL_TRANSPORT === 'capture') return capturingEmailAdapter()
  const host = process.env.SMTP_HOST
  if (!host) return loggingEmailAdapter()
  const port = Number(process.env.SMTP_PORT || 587)
  return smtpEmailAdapter({
    host,
    port,
    isSecure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
    user: process.env.SMTP_USER,
    password: process.env.SMTP_PASSWORD,
    fromAddress: process.env.EMAIL_FROM || `toasoan@${host}`,
    fromName: process.env.EMAIL_FROM_NAME || 'Tòa soạn',
    origin: serverURL(),
  })
}
