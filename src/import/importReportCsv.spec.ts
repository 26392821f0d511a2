import { describe, expect, it } from 'vitest'

import { importReportCsv } from './importReportCsv'

describe('importReportCsv', () => {
  const csv = importReportCsv({
    outcomes: [],
    plans: [],
    reviews: [
      {
        file: 'a/001.txt',
        title: 'Họp "giao ban", tháng 3',
        status: 'imported',
        warnings: [
          { field: 'meeting.chair', message: 'Không tìm thấy người chủ trì (no chair found)' },
          { field: 'byline', message: 'Không tìm thấy tác giả (no byline found)' },
        ],
      },
      { file: 'a/002.html', title: 'Kỳ họp thứ 7', status: 'unchanged', warnings: [] },
    ],
    failures: [{ file: 'a/003.txt', reason: '003.txt: Văn bản trống (empty text)' }],
  })

  it('should be UTF-8 with a byte-order mark and CRLF line ends, for Excel', () => {
    expect(csv.startsWith('\uFEFFTệp,Tiêu đề,Kết quả,Mục cần kiểm tra,Nội dung\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n')
  })

  it('should give a row per point to check, per clean article and per failed file', () => {
    const rows = csv.slice(1).trimEnd().split('\r\n')
    expect(rows).toEqual([
      'Tệp,Tiêu đề,Kết quả,Mục cần kiểm tra,Nội dung',
      'a/001.txt,"Họp ""giao ban"", tháng 3",Đã nhập,Người chủ trì,Không tìm thấy người chủ trì (no chair found)',
      'a/001.txt,"Họp ""giao ban"", tháng 3",Đã nhập,Tác giả,Không tìm thấy tác giả (no byline found)',
      'a/002.html,Kỳ họp thứ 7,"Đã có, không đổi",,Không có điểm nào cần kiểm tra',
      'a/003.txt,,"Lỗi, không nhập",,003.txt: Văn bản trống (empty text)',
    ])
  })
})
