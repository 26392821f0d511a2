import { describe, expect, it } from 'vitest'

import { isByline, isMarkedByline, readBylineNames } from './parseByline'

describe('isByline', () => {
  it('should accept two to four capitalised words', () => {
    expect(isByline('Triệu Biển')).toBe(true)
    expect(isByline('Minh Hương')).toBe(true)
    expect(isByline('Nguyễn Thị Thu Hà')).toBe(true)
  })

  it('should reject sentences, captions, single words and long names', () => {
    expect(isByline('Toàn cảnh hội nghị')).toBe(false)
    expect(isByline('Triệu Biển.')).toBe(false)
    expect(isByline('Biển')).toBe(false)
    expect(isByline('Một Hai Ba Bốn Năm')).toBe(false)
    expect(isByline('đẩy mạnh cải cách hành chính…./.')).toBe(false)
  })
})

describe('readBylineNames', () => {
  it('should read the forms portals print', () => {
    expect(readBylineNames('Vũ Nguyệt – Nhật Quang')).toEqual(['Vũ Nguyệt', 'Nhật Quang'])
    expect(readBylineNames('Nguồn tin: Sao Khuê')).toEqual(['Sao Khuê'])
    expect(readBylineNames('Tin, ảnh: Thu Hà')).toEqual(['Thu Hà'])
    expect(readBylineNames('(CTV: Minh Đức)')).toEqual(['Minh Đức'])
    expect(readBylineNames('PHƯƠNG LINH')).toEqual(['PHƯƠNG LINH'])
    expect(readBylineNames('Huyền My (Núi Voi)')).toEqual(['Huyền My'])
    expect(readBylineNames('Huỳnh Thơ - Hội Nông dân huyện')).toEqual(['Huỳnh Thơ'])
    expect(readBylineNames('P.V')).toEqual(['P.V'])
    expect(readBylineNames('PV')).toEqual(['PV'])
  })

  it('should read the newsroom’s reporters signing as a group, with their newsroom’s name', () => {
    expect(readBylineNames('Nhóm phóng viên')).toEqual(['Nhóm phóng viên'])
    expect(readBylineNames('NHÓM PHÓNG VIÊN')).toEqual(['NHÓM PHÓNG VIÊN'])
    expect(readBylineNames('Nhóm PV Ban Biên tập')).toEqual(['Nhóm PV Ban Biên tập'])
  })

  it('should not read a sentence about the reporters as their byline', () => {
    expect(readBylineNames('Nhóm phóng viên Báo Cà Mau tác nghiệp tại hội nghị')).toBeUndefined()
    expect(readBylineNames('Nhóm phóng viên đã có mặt tại hiện trường')).toBeUndefined()
  })

  it('should not read a site, a unit or a sentence as names', () => {
    expect(readBylineNames('Báo Nghệ An')).toBeUndefined()
    expect(readBylineNames('Phường Gia Viên')).toBeUndefined()
    expect(readBylineNames('Toàn cảnh hội nghị')).toBeUndefined()
  })
})

describe('isMarkedByline', () => {
  it.each(['Tr.Đức', 'N.T.Hương', 'Bài, ảnh: Minh Tú', 'Th: Văn Minh', '(CTV: Ngọc Ánh)', 'PV'])(
    'should accept a byline with a label or initials: %s',
    (line) => {
      expect(isMarkedByline(line)).toBe(true)
    },
  )

  it.each(['Hải Phòng', 'THU HÀ', 'Ngọc Lan, Hữu Tài', 'Toàn cảnh hội nghị'])(
    'should reject bare names, which a place or a kicker can read as: %s',
    (line) => {
      expect(isMarkedByline(line)).toBe(false)
    },
  )
})
