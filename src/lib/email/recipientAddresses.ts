import type { SendEmailOptions } from 'payload'

type Recipients = SendEmailOptions['to']
type Recipient = string | { address?: string } | Recipient[] | undefined

const flatten = (one: Recipient): string[] => {
  if (!one) return []
  if (Array.isArray(one)) return one.flatMap(flatten)
  return [typeof one === 'string' ? one : (one.address ?? '')]
}

/** The addresses an email goes to, whichever of nodemailer's shapes `to` comes in. */
export const recipientAddresses = (to: Recipients): string[] => flatten(to as Recipient)
