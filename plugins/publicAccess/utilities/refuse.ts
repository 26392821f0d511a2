import { APIError } from 'payload'

/** A 400 whose message reaches the client (Vietnamese first, English in brackets, as elsewhere). */
export const refuse = (message: string): never => {
  throw new APIError(message, 400, undefined, true)
}
