import { APIError } from 'payload'

/** Refuses a request with a message an editor can read (shown to the client, not hidden as a 500). */
export const refuse = (message: string, status: number): never => {
  throw new APIError(message, status, undefined, true)
}
