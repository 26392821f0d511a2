import { describe, expect, it } from 'vitest'

import { findHostUnit } from './hostUnit'
import { articlePlaces } from './places'

const host = (title: string, lead: string, kind: Parameters<typeof findHostUnit>[0]['kind']) =>
  findHostUnit({ title, lead, kind, places: articlePlaces([title, lead], [title, lead]) })

describe('findHostUnit', () => {
  it('should take the standing committee preparing its council’s session', () => {
    expect(
      host(
        'Họp chuẩn bị kỳ họp thứ nhất HĐND huyện khóa VI',
        'Chiều 22/6, Thường trực HĐND huyện tổ chức phiên họp để chuẩn bị kỳ họp.',
        'councilSession',
      ),
    ).toBe('Thường trực HĐND huyện')
  })

  it('should take the Đảng bộ holding its congress', () => {
    expect(
      host(
        'Đại hội đại biểu Đảng bộ xã Vĩnh Phú lần thứ XII',
        'Sáng 7/5, đại hội khai mạc.',
        'congress',
      ),
    ).toBe('Đảng bộ xã Vĩnh Phú')
  })

  it('should pass over the council an election fills', () => {
    expect(
      host(
        'Hội nghị giới thiệu người ứng cử đại biểu HĐND tỉnh',
        'Chiều 6/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giới thiệu người ứng cử.',
        'other',
      ),
    ).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh')
  })

  it('should pass over a document’s author and an official’s title', () => {
    const lead =
      'Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Thành ủy, UBND Phường Gia Viên tổ chức đối thoại.'
    expect(host('Hội nghị đối thoại với Nhân dân năm 2018', lead, 'other')).toBe(
      'UBND phường Gia Viên',
    )
  })

  it('should take the first unit the title names', () => {
    expect(host('Lãnh đạo UBND thành phố Bắc Kạn họp kiểm điểm', '', 'review')).toBe(
      'UBND thành phố Bắc Kạn',
    )
    expect(host('Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh', '', 'review')).toBe('UBND tỉnh')
  })

  it('should take the city’s Ban Chấp hành Đảng bộ for its Thành ủy', () => {
    expect(
      host('Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng', '', 'expandedConference'),
    ).toBe('Thành ủy Bắc Kạn')
  })

  it('should give a place as subject its UBND', () => {
    expect(
      host(
        'Thành phố Bắc Kạn họp đánh giá tình hình thực hiện chỉ tiêu năm 2020',
        '',
        'periodReview',
      ),
    ).toBe('UBND thành phố Bắc Kạn')
  })

  it('should give a working visit to a place the visitor’s counterpart', () => {
    expect(host('Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn', '', 'workingVisit')).toBe(
      'Thành ủy Bắc Kạn',
    )
    expect(host('Chủ tịch UBND tỉnh làm việc với huyện Ba Bể', '', 'workingVisit')).toBe(
      'UBND huyện Ba Bể',
    )
    expect(host('Thường trực HĐND tỉnh làm việc tại huyện Na Rì', '', 'workingVisit')).toBe(
      'HĐND huyện Na Rì',
    )
    expect(host('Đoàn công tác làm việc với Sở Y tế', '', 'workingVisit')).toBe('Sở Y tế')
  })

  it('should take the HĐND for a council session', () => {
    expect(
      host(
        'Khai mạc Kỳ họp thứ 10',
        'Sáng nay, HĐND tỉnh Bắc Kạn khai mạc kỳ họp',
        'councilSession',
      ),
    ).toBe('HĐND tỉnh Bắc Kạn')
  })

  it('should fall back on the lead, and give nothing without a unit', () => {
    expect(
      host('Hội nghị giao ban', 'Sáng nay, UBND huyện Pác Nặm tổ chức hội nghị', 'other'),
    ).toBe('UBND huyện Pác Nặm')
    expect(host('Hội nghị giao ban', 'Sáng nay, hội nghị diễn ra', 'other')).toBeUndefined()
  })
})
