import { describe, expect, it } from 'vitest'

import { unitKey } from './unitSpelling'

describe('unitKey', () => {
  it("should read a party committee's level printed again before its name as the same body", () => {
    expect(unitKey('Huyện ủy huyện Yên Định')).toBe(unitKey('Huyện ủy Yên Định'))
    expect(unitKey('Thị ủy thị xã Hương Thủy')).toBe(unitKey('Thị ủy Hương Thủy'))
    expect(unitKey('Tỉnh ủy tỉnh Hà Giang')).toBe(unitKey('Tỉnh ủy Hà Giang'))
  })

  it('should read a city\'s level printed "TP" as "thành phố"', () => {
    expect(unitKey('HĐND TP Hải Phòng')).toBe(unitKey('Hội đồng nhân dân thành phố Hải Phòng'))
    expect(unitKey('UBND TP. Huế')).toBe(unitKey('UBND thành phố Huế'))
  })

  it('should read the front committee\'s spaced short spelling "UB MTTQVN" as "Ủy ban MTTQ"', () => {
    expect(unitKey('UB MTTQVN phường Cẩm An')).toBe(unitKey('Ủy ban MTTQVN phường Cẩm An'))
    expect(unitKey('Thường trực UB. MTTQ phường')).toBe(unitKey('Thường trực Ủy ban MTTQ phường'))
  })

  it("should read a national association's central committee as the association", () => {
    expect(unitKey('Trung ương Hội Cựu chiến binh Việt Nam')).toBe(
      unitKey('Hội Cựu chiến binh Việt Nam'),
    )
    expect(unitKey('Hội Nông dân Việt Nam')).not.toBe(unitKey('Hội Cựu chiến binh Việt Nam'))
  })

  it("should read the mass organisations' and services' abbreviations as their names", () => {
    expect(unitKey('Hội LHPN huyện Mỹ Lộc')).toBe(unitKey('Hội Liên hiệp Phụ nữ huyện Mỹ Lộc'))
    expect(unitKey('Hội CCB xã An Phú')).toBe(unitKey('Hội Cựu chiến binh xã An Phú'))
    expect(unitKey('LĐLĐ tỉnh')).toBe(unitKey('Liên đoàn Lao động tỉnh'))
    expect(unitKey('BHXH huyện')).toBe(unitKey('Bảo hiểm xã hội huyện'))
    expect(unitKey('Hội ND xã An Phú')).toBe(unitKey('Hội Nông dân xã An Phú'))
    expect(unitKey('Đoàn TN xã')).toBe(unitKey('Đoàn Thanh niên xã'))
  })

  it("should read a commune's cấp ủy as its Đảng ủy", () => {
    expect(unitKey('cấp ủy thị trấn Chợ Vàm')).toBe(unitKey('Đảng ủy thị trấn Chợ Vàm'))
  })

  it("should read the commune's military command in its short spellings as one body", () => {
    expect(unitKey('BCH Quân sự xã An Phú')).toBe(unitKey('Ban Chỉ huy Quân sự xã An Phú'))
    expect(unitKey('Ban CHQS xã')).toBe(unitKey('Ban chỉ huy quân sự xã'))
    expect(unitKey('BCH Đảng bộ xã')).not.toBe(unitKey('Ban Chỉ huy Quân sự xã'))
  })

  it("should read a place's Youth Union as its Youth Union committee", () => {
    expect(unitKey('Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc')).toBe(unitKey('Huyện đoàn Mỹ Lộc'))
    expect(unitKey('Đoàn Thanh niên xã Vĩnh Hanh')).toBe(unitKey('Xã đoàn Vĩnh Hanh'))
    expect(unitKey('Đoàn TNCS Hồ Chí Minh thành phố Huế')).toBe(unitKey('Thành đoàn Huế'))
  })

  it('should keep a committee and the bodies of its place apart', () => {
    expect(unitKey('Huyện ủy huyện Yên Định')).not.toBe(unitKey('UBND huyện Yên Định'))
    expect(unitKey('Ban Tuyên giáo Huyện ủy')).not.toBe(unitKey('Huyện ủy'))
  })
})
