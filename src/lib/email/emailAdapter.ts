import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { serverURL } from '../serverURL'
import { capturingEmailAdapter } from './capturingEmailAdapter'
import { loggingEmailAdapter } from './loggingEmailAdapter'
import { withAbsoluteLinks } from './withAbsoluteLinks'

/**
 * Where email goes: through SMTP with Payload's nodemailer adapter when SMTP_HOST is set (password
 * resets and workflow notices reach real mailboxes), into memory for the tests that read it
 * (EMAIL_TRANSPORT=capture), and otherwise into the server log, the development default.
 */
export const emailAdapter = (): EmailAdapter | Promise<EmailAdapter> => {
  if (process.env.EMAIL_TRANSPORT === 'capture') return capturingEmailAdapter()
  const host = process.env.SMTP_HOST
  if (!host) return loggingEmailAdapter()
  const port = Number(process.env.SMTP_PORT || 587)
  const user = process.env.SMTP_USER
  return withAbsoluteLinks(
    nodemailerAdapter({
      defaultFromAddress: process.env.EMAIL_FROM || `toasoan@${host}`,
      defaultFromName: process.env.EMAIL_FROM_NAME || 'Tòa soạn',
      // No connection at start or during `next build`: the first mail opens it.
      skipVerify: true,
      // Our nodemailer's transport: the adapter's own option type lacks `auth` under nodemailer 10.
      transport: createTransport({
        host,
        port,
        // TLS from the start on 465; otherwise STARTTLS whenever the server offers it.
        secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
        auth: user ? { user, pass: process.env.SMTP_PASSWORD ?? '' } : undefined,
      }),
    }),
    serverURL(),
  )
}
