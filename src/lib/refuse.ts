import { APIError } from 'payload'

/** Refuses a request with a message the client is shown (a 4xx, never hidden as a 500). */
export const refuse = (message: string, status: number): never => {
  throw new APIError(message, status, undefined, true)
}
