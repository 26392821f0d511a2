import type { ReportRow } from './royaltyReport'
import { bylineRoleWords } from '../attribution/bylineRoles'

const kindWords = {
  user: 'Phóng viên, biên tập viên',
  contributor: 'Cộng tác viên',
  name: 'Tên ghi nhận',
}

/**
 * One CSV field. Text a spreadsheet would evaluate (a leading =, +, -, @, tab or line break: a
 * pen name `=HYPERLINK(…)`) gets a leading apostrophe, which Excel and LibreOffice read as "this
 * is text" and do not show; numbers and every other name stay exactly as they are.
 */
const cell = (value: string | number): string => {
  const text =
    typeof value === 'string' && /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Rows as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
 * Windows-1252 mojibake), CRLF line ends. The first row is the header.
 */
export const csvDocument = (rows: (string | number)[][]): string =>
  `\uFEFF${rows.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`

/** The report as CSV for Excel (csvDocument), with Vietnamese headers. */
export const royaltyCsv = (
  rows: ReportRow[],
  { from, to }: { from: string; to: string },
): string => {
  const header = [
    'Họ tên / bút danh',
    'Loại',
    'Số bài',
    'Vai trò',
    'Lượt xem',
    'Số dòng nhuận bút',
    'Nhuận bút (VND)',
    'Từ ngày',
    'Đến ngày',
  ]
  const body = rows.map((row) => [
    row.person.name,
    kindWords[row.person.kind],
    row.articles,
    row.roles.map((role) => bylineRoleWords[role].label.vi).join(', '),
    row.views,
    row.royaltyLines,
    row.royaltyTotal,
    from,
    to,
  ])
  return csvDocument([header, ...body])
}
