import { APIError, type AfterErrorHook } from 'payload'

/**
 * Payload formats an APIError without `data` by its class name, which the production build's
 * minifier leaves empty: under `next start` every refusal of ours (a guard rail's 400, a
 * workflow's 403) then answered "An unknown error occurred." The message goes back in for the
 * errors Payload means to show (public ones; a 500 stays hidden).
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result || !(error instanceof APIError) || !error.isPublic || error.name || error.data) return
  return { response: { ...result, errors: [{ message: error.message }] } }
}
