import { APIError, type Payload, type TypedUser } from 'payload'

import { roles } from '../access/roles'
import { hasRoleAnywhere } from '../access/siteRoles'

export type CalendarItem = {
  id: string
  title: string
  stage: 'approved' | 'published'
  /** ISO instant; null for an approved article with no publish time yet. */
  publishAt: string | null
}

/** The calendar never lists more than this in one range (a month of a busy portal). */
const CALENDAR_LIMIT = 500

/**
 * What the publishing calendar shows between two instants: approved articles (their latest
 * draft's time, which is what will be published) and published ones, plus approved articles that
 * have no time yet. Staff only; read as the user.
 */
export const calendarItems = async ({
  payload,
  user,
  from,
  to,
  site,
}: {
  payload: Payload
  user: TypedUser | null
  from: string
  to: string
  /** The site chosen in the admin's switcher; every site the user may read without one. */
  site?: string | number | null
}): Promise<CalendarItem[]> => {
  if (!hasRoleAnywhere(user, roles))
    throw new APIError('Cần đăng nhập (staff only).', 401, undefined, true)
  const [start, end] = [new Date(from), new Date(to)]
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start >= end) {
    throw new APIError(
      'Khoảng thời gian không hợp lệ (from and to must be ISO instants, from < to).',
      400,
      undefined,
      true,
    )
  }
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    depth: 0,
    limit: CALENDAR_LIMIT,
    sort: 'publishedAt',
    select: { title: true, publishedAt: true, workflowStage: true },
    where: {
      and: [
        { workflowStage: { in: ['approved', 'published'] } },
        ...(site ? [{ site: { equals: site } }] : []),
        {
          or: [
            {
              and: [
                { publishedAt: { greater_than_equal: start.toISOString() } },
                { publishedAt: { less_than: end.toISOString() } },
              ],
            },
            {
              and: [{ workflowStage: { equals: 'approved' } }, { publishedAt: { exists: false } }],
            },
          ],
        },
      ],
    },
    user,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    stage: doc.workflowStage as CalendarItem['stage'],
    publishAt: doc.publishedAt ?? null,
  }))
}
