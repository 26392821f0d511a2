import type { EmailAdapter } from 'payload'

import { recipientAddresses } from './recipientAddresses'

export type CapturedEmail = { to: string[]; subject: string; text: string }

export type CapturingEmailAdapter = ReturnType<EmailAdapter> & { sent: CapturedEmail[] }

/**
 * Keeps every email in `payload.email.sent` instead of sending it: the tests read who was told
 * what (EMAIL_TRANSPORT=capture).
 */
export const capturingEmailAdapter = (): EmailAdapter => () => {
  const sent: CapturedEmail[] = []
  const adapter: CapturingEmailAdapter = {
    name: 'capturing',
    defaultFromAddress: 'toasoan@localhost',
    defaultFromName: 'Tòa soạn',
    sent,
    sendEmail: async (message) => {
      sent.push({
        to: recipientAddresses(message.to),
        subject: String(message.subject ?? ''),
        text: String(message.text ?? ''),
      })
    },
  }
  return adapter
}
