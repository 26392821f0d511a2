import type { EmailAdapter, SendEmailOptions } from 'payload'

const FROM = { defaultFromAddress: 'toasoan@localhost', defaultFromName: 'Tòa soạn' }

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to]).map((one) => (typeof one === 'string' ? one : one?.address)).join(', ')

/**
 * Development and the default until a mail transport is configured: each email is written to the
 * log in full, so that a person trying the workflow sees who would have been told what.
 */
export const loggingEmailAdapter = (): EmailAdapter => ({ payload }) => ({
  name: 'logging',
  ...FROM,
  sendEmail: async (message) => {
    payload.logger.info(
      `Email → ${recipients(message.to)}\nSubject: ${message.subject}\n${message.text ?? message.html ?? ''}`,
    )
  },
})
