import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { absoluteLinks } from './absoluteLinks'

export type SmtpSettings = {
  host: string
  port: number
  /** TLS from the start (port 465); otherwise STARTTLS whenever the server offers it. */
  isSecure: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
  /** The site's public address, for links Payload printed relative to it. */
  origin: string
}

/**
 * Sends through an SMTP server with nodemailer, as Payload's @payloadcms/email-nodemailer does
 * (that package has no 3.90.2 release, and Payload refuses to start next to a 3.90.1 one). The
 * connection opens on the first mail, never at start or during `next build`.
 */
export const smtpEmailAdapter =
  (settings: SmtpSettings): EmailAdapter =>
  () => {
    const transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.isSecure,
      auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message) =>
        transport.sendMail({
          ...message,
          ...(typeof message.html === 'string'
            ? { html: absoluteLinks(message.html, settings.origin) }
            : {}),
          from: message.from ?? { name: settings.fromName, address: settings.fromAddress },
        }),
    }
  }
