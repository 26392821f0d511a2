import { csvDocument } from '@plugins/newsroom'

import type { ImportReport } from './importFiles'

/** The fields a warning names, as the editors call them. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  publishedAt: 'Ngày đăng',
  lead: 'Sapo',
  byline: 'Tác giả',
  meeting: 'Cuộc họp',
  'meeting.date': 'Ngày họp',
  'meeting.chair': 'Người chủ trì',
  'meeting.hostUnit': 'Đơn vị chủ trì',
  units: 'Đơn vị',
}

const STATUS_LABELS = {
  imported: 'Đã nhập',
  unchanged: 'Đã có, không đổi',
  planned: 'Chạy thử, chưa ghi',
  failed: 'Lỗi, không nhập',
}

/**
 * A bulk import's report for the editors, for Excel (UTF-8 with a BOM, CRLF, Vietnamese
 * headers): one row per point to check in each article, one row for an article with none, one
 * row per file that could not be imported.
 */
export const importReportCsv = (report: ImportReport): string => {
  const header = ['Tệp', 'Tiêu đề', 'Kết quả', 'Mục cần kiểm tra', 'Nội dung']
  const rows = report.reviews.flatMap(({ file, title, status, warnings }) =>
    warnings.length === 0
      ? [[file, title, STATUS_LABELS[status], '', 'Không có điểm nào cần kiểm tra']]
      : warnings.map((warning) => [
          file,
          title,
          STATUS_LABELS[status],
          FIELD_LABELS[warning.field] ?? warning.field,
          warning.message,
        ]),
  )
  const failures = report.failures.map(({ file, reason }) => [
    file,
    '',
    STATUS_LABELS.failed,
    '',
    reason,
  ])
  return csvDocument([header, ...rows, ...failures])
}
