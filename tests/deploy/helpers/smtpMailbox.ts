import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { raw: string; parsed: ParsedMail }

export type SmtpMailbox = {
  port: number
  received: ReceivedMail[]
  /** Resolves with the first mail to `to` whose subject matches, waiting for it to arrive. */
  waitFor: (to: string, subject: RegExp) => Promise<ReceivedMail>
  close: () => Promise<void>
}

const recipientsOf = (mail: ParsedMail): string[] =>
  [mail.to ?? []].flat().flatMap((group) => group.value.map((one) => one.address ?? ''))

/**
 * A real SMTP server on a free local port (nodemailer's smtp-server), plain text, any login:
 * the app sends to it as to the newsroom's mail server, and the test reads what arrived.
 */
export const startSmtpMailbox = async (): Promise<SmtpMailbox> => {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then((parsed) => {
            received.push({ raw, parsed })
            done()
          })
          .catch(done)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    received,
    waitFor: async (to, subject) => {
      const deadline = Date.now() + 20_000
      while (Date.now() < deadline) {
        const mail = received.find(
          (one) => recipientsOf(one.parsed).includes(to) && subject.test(one.parsed.subject ?? ''),
        )
        if (mail) return mail
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(
        `no mail to ${to} matching ${subject}; received: ${JSON.stringify(received.map((one) => [recipientsOf(one.parsed), one.parsed.subject]))}`,
      )
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
