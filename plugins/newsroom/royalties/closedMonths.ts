import { APIError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { idOf } from '../utilities/idOf'

export const ROYALTY_PERIODS = 'royalty-periods'

/**
 * Refuses any change to a royalty line of a closed month (409), whoever asks. With a
 * `scopeField`, months are closed per board: the one of the line's document (`scope`).
 */
export const assertMonthsOpen = async ({
  config,
  req,
  months,
  scope,
}: {
  config: SanitizedNewsroomConfig
  req: PayloadRequest
  months: (string | undefined)[]
  scope?: unknown
}) => {
  const wanted = [...new Set(months.filter((month): month is string => Boolean(month)))]
  if (!wanted.length) return
  const scopeId = idOf(scope)
  const inMonths: Where = { month: { in: wanted } }
  const where: Where =
    config.scopeField && scopeId
      ? { and: [inMonths, { [config.scopeField]: { equals: scopeId } }] }
      : inMonths
  const { docs } = await req.payload.find({
    collection: ROYALTY_PERIODS as CollectionSlug,
    where,
    depth: 0,
    limit: wanted.length,
    req,
    overrideAccess: true,
  })
  const closed = docs.map((doc) => (doc as unknown as { month: string }).month)
  if (closed.length) {
    throw new APIError(
      `Tháng ${closed.join(', ')} đã khóa sổ nhuận bút (royalties for ${closed.join(', ')} are closed).`,
      409,
      undefined,
      true,
    )
  }
}
