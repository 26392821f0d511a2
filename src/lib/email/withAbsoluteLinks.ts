import type { EmailAdapter } from 'payload'

import { absoluteLinks } from './absoluteLinks'

/** An email adapter whose HTML mails carry absolute links on `origin` (see absoluteLinks). */
export const withAbsoluteLinks = async (
  adapter: EmailAdapter | Promise<EmailAdapter>,
  origin: string,
): Promise<EmailAdapter> => {
  const resolved = await adapter
  return (args) => {
    const initialized = resolved(args)
    return {
      ...initialized,
      sendEmail: (message) =>
        initialized.sendEmail(
          typeof message.html === 'string'
            ? { ...message, html: absoluteLinks(message.html, origin) }
            : message,
        ),
    }
  }
}
