import type { EmailAdapter } from 'payload'

import { recipientAddresses } from './recipientAddresses'

const FROM = { defaultFromAddress: 'toasoan@localhost', defaultFromName: 'Tòa soạn' }

/**
 * Development and the default until a mail transport is configured: each email is written to the
 * log in full, so that a person trying the workflow sees who would have been told what.
 */
export const loggingEmailAdapter =
  (): EmailAdapter =>
  ({ payload }) => ({
    name: 'logging',
    ...FROM,
    sendEmail: async (message) => {
      payload.logger.info(
        `Email → ${recipientAddresses(message.to).join(', ')}\nSubject: ${message.subject}\n${message.text ?? message.html ?? ''}`,
      )
    },
  })
