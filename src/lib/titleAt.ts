import { vietnamDay } from './vietnamTime'

export type DatedPosition = {
  title: string
  from?: string | null
  to?: string | null
}

/**
 * The positions held on a Vietnamese calendar day (YYYY-MM-DD). Both ends are inclusive, as in
 * "từ ngày … đến ngày …"; a missing end is open. Days are compared in Vietnam's time so that a
 * date stored at 17:00 UTC counts for the next Vietnamese day.
 */
export const positionsHeldOn = <P extends DatedPosition>(positions: P[], day: string): P[] =>
  positions.filter(
    (position) =>
      (!position.from || vietnamDay(position.from) <= day) &&
      (!position.to || day <= vietnamDay(position.to)),
  )

/**
 * An official's title on a day in the portal's form, the positions in the order the editor keeps
 * them: "Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn". Empty when no
 * position was held that day.
 */
export const titleAt = (positions: DatedPosition[], day: string): string =>
  positionsHeldOn(positions, day)
    .map((position) => position.title.trim())
    .filter(Boolean)
    .join(', ')
