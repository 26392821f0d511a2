import type { PayloadRequest, Where } from 'payload'

import { badRequest, pageArgs } from '@/lib/readErrors'

/** The meetings an official chaired or attended, or a unit hosted or attended, newest first. */
export const meetingsOf = async ({
  req,
  depth = 1,
  official,
  unit,
  page,
  limit,
}: {
  req: PayloadRequest
  /** 1 for REST (names of linked records), 0 for GraphQL (which resolves links itself). */
  depth?: number
  official?: string
  unit?: string
  page?: unknown
  limit?: unknown
}) => {
  if (Boolean(official) === Boolean(unit))
    badRequest('Cần đúng một trong official hoặc unit (give exactly one of official or unit).')
  const where: Where = official
    ? { or: [{ chair: { equals: official } }, { attendingOfficials: { contains: official } }] }
    : { or: [{ hostUnits: { contains: unit } }, { attendingUnits: { contains: unit } }] }
  return req.payload.find({
    collection: 'meetings',
    where,
    sort: '-startsAt',
    depth,
    ...pageArgs(page, limit),
    req,
    overrideAccess: false,
  })
}
