import type { PayloadRequest } from 'payload'

import { articlesInLanguage, readLanguage } from '@/i18n/readLanguage'
import { badRequest, pageArgs } from '@/lib/readErrors'
import { isCalendarDay, vietnamDayRange } from '@/lib/vietnamTime'
import { ownSiteOnly } from '@/sites/publicSiteScope'

import { listShape, type ReadApi } from './articleShapes'

/** "Xem tin theo ngày": the published articles of one day in Vietnam in the read's language, newest first. */
export const articlesOfDay = async ({
  req,
  api = 'rest',
  date,
  page,
  limit,
}: {
  req: PayloadRequest
  api?: ReadApi
  date: string
  page?: unknown
  limit?: unknown
}) => {
  if (!isCalendarDay(date))
    badRequest(`Ngày "${date}" không hợp lệ, dùng YYYY-MM-DD (date must be YYYY-MM-DD).`)
  const { start, end } = vietnamDayRange(date)
  return req.payload.find({
    collection: 'articles',
    where: {
      and: [
        await ownSiteOnly(req),
        { publishedAt: { greater_than_equal: start } },
        { publishedAt: { less_than: end } },
        articlesInLanguage(readLanguage(req)),
      ],
    },
    sort: '-publishedAt',
    ...listShape(api),
    ...pageArgs(page, limit ?? 50),
    req,
    overrideAccess: false,
  })
}
