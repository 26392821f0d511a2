import type { PayloadRequest } from 'payload'

import { articlesInLanguage, readLanguage } from '@/i18n/readLanguage'
import { badRequest } from '@/lib/readErrors'
import { vietnamDay, vietnamDayRange } from '@/lib/vietnamTime'
import { ownSiteOnly } from '@/sites/publicSiteScope'

/** The days of a month (YYYY-MM, Vietnam time) with published articles in the read's language, with counts. */
export const daysWithArticles = async ({ req, month }: { req: PayloadRequest; month: string }) => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    badRequest(`Tháng "${month}" không hợp lệ, dùng YYYY-MM (month must be YYYY-MM).`)
  const [year, monthNumber] = month.split('-').map(Number)
  const nextMonth =
    monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`
  const start = vietnamDayRange(`${month}-01`).start
  const end = vietnamDayRange(`${nextMonth}-01`).start
  // Only the dates are read; published-only and the site are explicit because access is
  // bypassed for speed.
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: {
      and: [
        await ownSiteOnly(req),
        { _status: { equals: 'published' } },
        { publishedAt: { greater_than_equal: start } },
        { publishedAt: { less_than: end } },
        articlesInLanguage(readLanguage(req)),
      ],
    },
    select: { publishedAt: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) {
    if (!doc.publishedAt) continue
    const day = vietnamDay(doc.publishedAt)
    counts.set(day, (counts.get(day) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, count]) => ({ date, count }))
}
