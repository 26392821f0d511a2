import { APIError } from 'payload'

import { PUBLIC_MAX_LIMIT } from '../access/publicFields'

export const badRequest = (message: string): never => {
  throw new APIError(message, 400, undefined, true)
}

export const notFound = (message: string): never => {
  throw new APIError(message, 404, undefined, true)
}

/** A page number and size from a query string or GraphQL argument: the public page size at most, default 10. */
export const pageArgs = (page: unknown, limit: unknown) => {
  const pageNumber = page === undefined || page === null || page === '' ? 1 : Number(page)
  const size = limit === undefined || limit === null || limit === '' ? 10 : Number(limit)
  if (!Number.isInteger(pageNumber) || pageNumber < 1)
    badRequest('page phải là số nguyên ≥ 1 (page must be a positive integer).')
  if (!Number.isInteger(size) || size < 1 || size > PUBLIC_MAX_LIMIT)
    badRequest(`limit từ 1 đến ${PUBLIC_MAX_LIMIT} (limit must be 1–${PUBLIC_MAX_LIMIT}).`)
  return { page: pageNumber, limit: size }
}
