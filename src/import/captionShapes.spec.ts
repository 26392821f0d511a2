import { describe, expect, it } from 'vitest'

import {
  CAPTION_ENDING,
  HEADING_OPENING,
  SCENE_OPENING,
  isNeverACaption,
  readsAsRunningText,
} from './captionShapes'

describe('CAPTION_ENDING', () => {
  it.each([
    'Đồng chí Lê Văn Ba phát biểu tại hội nghị.',
    'Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc.',
    'Đoàn công tác kiểm tra thực tế tại xã Tân Lập.',
    'Các đại biểu tham dự kỳ họp.',
    'Đoàn khảo sát thực tế tại xã Tân Lập.',
    'Lãnh đạo huyện chứng kiến lễ ký kết quy chế phối hợp.',
  ])('should end a caption: %s', (line) => {
    expect(CAPTION_ENDING.test(line)).toBe(true)
  })

  it.each([
    // the action as a noun
    'Đại hội điều hành phiên thảo luận về dự thảo báo cáo chính trị.',
    'Huyện đẩy mạnh việc kiểm tra.',
    // a comma after the action: a list running on
    'Các đại biểu tham gia phát biểu thảo luận, đóng góp ý kiến.',
    // no full stop: the other rules read it
    'Đồng chí Lê Văn Ba phát biểu tại hội nghị',
  ])('should not end a caption: %s', (line) => {
    expect(CAPTION_ENDING.test(line)).toBe(false)
  })
})

describe('isNeverACaption', () => {
  it.each([
    'Dự hội nghị có đồng chí Lê Văn Ba, Phó Chủ tịch UBND tỉnh.',
    'Cùng dự có các đồng chí: Lê Văn Ba, Trần Thị Cúc',
    'Đồng chủ trì hội nghị có đồng chí Trần Thị Cúc.',
    'Kỳ họp có sự tham dự của 35 đại biểu HĐND huyện.',
    'Về phía huyện có đồng chí Lê Văn Ba, Phó Chủ tịch UBND huyện',
    'Thành phần dự họp gồm lãnh đạo các phòng, ban, ngành của huyện.',
    'Thưa các đồng chí,',
    '[Huyện Phù Mỹ tổng kết công tác năm 2023]',
    'Phóng to',
    'Bài: Thu Hà',
    'Bài và',
    'Tin: Thu Hà;',
  ])('should hold "%s" out of the captions', (line) => {
    expect(isNeverACaption(line)).toBe(true)
  })

  it.each(['Chủ trì Hội nghị', 'Các đại biểu dự hội nghị', 'Quang cảnh kỳ họp'])(
    'should let "%s" be a caption',
    (line) => {
      expect(isNeverACaption(line)).toBe(false)
    },
  )
})

describe('readsAsRunningText', () => {
  it.each([
    'Sáng 12/1, Ban Thường vụ Huyện ủy họp phiên thường kỳ.',
    'Ngày 15-7, UBND xã tổ chức hội nghị.',
    'Chiều nay, Đoàn giám sát làm việc với UBND xã.',
    'Kỳ họp đã thông qua 12 nghị quyết.',
    'Hội nghị do đồng chí Lê Văn Ba chủ trì.',
    'Đồng chí Lê Văn Ba cho biết huyện vượt 5 chỉ tiêu',
    'Đây là lần đầu huyện tổ chức hội nghị',
  ])('should read "%s" as a paragraph’s sentence', (line) => {
    expect(readsAsRunningText(line)).toBe(true)
  })

  it.each([
    'Đồng chí Lê Văn Ba phát biểu tại hội nghị.',
    'Toàn cảnh hội nghị sáng 12/1',
    'Các đại biểu biểu quyết thông qua nghị quyết.',
    'Đồng chí Lê Văn Ba (bên phải) trao quà cho các hộ nghèo.',
  ])('should not mark "%s"', (line) => {
    expect(readsAsRunningText(line)).toBe(false)
  })
})

describe('SCENE_OPENING', () => {
  it.each(['Toàn cảnh hội nghị.', 'Một góc kỳ họp', 'Ảnh minh hoạ'])('should open "%s"', (line) => {
    expect(SCENE_OPENING.test(line)).toBe(true)
  })
})

describe('HEADING_OPENING', () => {
  it('should open a subheading, not a caption', () => {
    expect(HEADING_OPENING.test('Phát huy vai trò của đại biểu dân cử')).toBe(true)
    expect(HEADING_OPENING.test('Những kết quả nổi bật của kỳ họp')).toBe(true)
    expect(HEADING_OPENING.test('Tạo sự đồng thuận trong nhân dân')).toBe(true)
    expect(HEADING_OPENING.test('Đại biểu phát huy quyền làm chủ')).toBe(false)
    expect(HEADING_OPENING.test('Tạ Văn Long phát biểu')).toBe(false)
  })
})
