import { ValidationError } from 'payload'

/** The field messages of the ValidationError a Local API call rejects with. */
export const validationMessages = async (operation: Promise<unknown>): Promise<string[]> => {
  const error = await operation.then(
    () => {
      throw new Error('expected a ValidationError, the operation succeeded')
    },
    (reason: unknown) => reason,
  )
  if (!(error instanceof ValidationError)) throw error
  return error.data.errors.map((fieldError) => fieldError.message)
}
