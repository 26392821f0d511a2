import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

export const ROYALTY_PERIODS = 'royalty-periods'

/** Refuses any change to a royalty line of a closed month (409), whoever asks. */
export const assertMonthsOpen = async (req: PayloadRequest, months: (string | undefined)[]) => {
  const wanted = [...new Set(months.filter((month): month is string => Boolean(month)))]
  if (!wanted.length) return
  const { docs } = await req.payload.find({
    collection: ROYALTY_PERIODS as CollectionSlug,
    where: { month: { in: wanted } },
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
