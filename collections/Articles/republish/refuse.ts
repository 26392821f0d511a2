import { APIError } from 'payload'

/** Refuses the request with a message the client sees (Vietnamese, English in brackets). */
export const refuse = (message: string, status: number): never => {
  throw new APIError(message, status, undefined, true)
}
