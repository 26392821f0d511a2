import { APIError, type PayloadRequest } from 'payload'

import { titleAt } from '@/lib/titleAt'
import { isCalendarDay, vietnamDay } from '@/lib/vietnamTime'

export type OfficialTitle = {
  id: string
  fullName: string
  date: string
  title: string
}

/**
 * An official's title on a day (YYYY-MM-DD, today in Vietnam when absent), read with the caller's
 * own access. Shared by the REST endpoint and the GraphQL query.
 */
export const titleOfOfficial = async ({
  id,
  date,
  req,
}: {
  id: string
  date?: string | null
  req: PayloadRequest
}): Promise<OfficialTitle> => {
  const day = date ?? vietnamDay(new Date())
  if (!isCalendarDay(day)) {
    throw new APIError(
      `Ngày không hợp lệ: "${day}". Dùng dạng YYYY-MM-DD (date must be a calendar day as YYYY-MM-DD).`,
      400,
      undefined,
      true,
    )
  }
  const official = await req.payload.findByID({
    collection: 'officials',
    id,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
    select: { fullName: true, positions: true },
  })
  if (!official) {
    throw new APIError(`Không tìm thấy cán bộ ${id} (official not found).`, 404, undefined, true)
  }
  return {
    id: official.id,
    fullName: official.fullName,
    date: day,
    title: titleAt(official.positions ?? [], day),
  }
}
