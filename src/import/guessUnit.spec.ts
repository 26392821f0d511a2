import { describe, expect, it } from 'vitest'

import { guessUnit } from './guessUnit'

describe('guessUnit', () => {
  it('should read the kind and level from the name', () => {
    expect(guessUnit('UBND thành phố Bắc Kạn')).toEqual({
      kind: 'peoplesCommittee',
      level: 'district',
    })
    expect(guessUnit('UBND tỉnh')).toEqual({ kind: 'peoplesCommittee', level: 'province' })
    expect(guessUnit('Thành ủy Bắc Kạn')).toEqual({ kind: 'partyCommittee', level: 'district' })
    expect(guessUnit('Tỉnh ủy')).toEqual({ kind: 'partyCommittee', level: 'province' })
    expect(guessUnit('phòng Nội vụ')).toEqual({ kind: 'department', level: 'district' })
    expect(guessUnit('Văn phòng UBND tỉnh')).toEqual({ kind: 'department', level: 'province' })
    expect(guessUnit('phường Sông Cầu')).toEqual({ kind: 'communeOrWard', level: 'commune' })
    expect(guessUnit('HĐND tỉnh')).toEqual({ kind: 'peoplesCouncil', level: 'province' })
    expect(guessUnit('Công an thành phố')).toEqual({ kind: 'armedForces', level: 'district' })
    expect(guessUnit('Mặt trận Tổ quốc thành phố')).toEqual({
      kind: 'massOrganisation',
      level: 'district',
    })
  })

  it("should read a commune's bodies at the commune's level, a district town's at the district's", () => {
    expect(guessUnit('UBND xã Tân Lập')).toEqual({ kind: 'peoplesCommittee', level: 'commune' })
    expect(guessUnit('Đảng ủy phường Phổ Thạnh')).toEqual({
      kind: 'partyCommittee',
      level: 'commune',
    })
    expect(guessUnit('UBND thị xã Đức Phổ')).toEqual({
      kind: 'peoplesCommittee',
      level: 'district',
    })
  })

  it("should read the Youth Union's committees, hospitals and forest rangers' posts", () => {
    expect(guessUnit('Huyện đoàn Mỹ Lộc')).toEqual({ kind: 'massOrganisation', level: 'district' })
    expect(guessUnit('Tỉnh Đoàn Bình Thuận')).toEqual({
      kind: 'massOrganisation',
      level: 'province',
    })
    expect(guessUnit('Xã đoàn Vĩnh Hanh')).toEqual({ kind: 'massOrganisation', level: 'commune' })
    expect(guessUnit('Bệnh viện Đa khoa huyện Mỹ Lộc')).toEqual({
      kind: 'department',
      level: 'district',
    })
    expect(guessUnit('Hạt Kiểm lâm huyện Mỹ Lộc')).toEqual({
      kind: 'department',
      level: 'district',
    })
  })

  it('should read military and border commands as armed forces, schools and firms as other', () => {
    expect(guessUnit('Ban Chỉ huy Quân sự huyện Mỹ Lộc')).toEqual({
      kind: 'armedForces',
      level: 'district',
    })
    expect(guessUnit('Đồn Biên phòng Sơn Hải')).toEqual({ kind: 'armedForces', level: 'district' })
    expect(guessUnit('Trường THCS Nguyễn Du xã An Phú')).toEqual({
      kind: 'other',
      level: 'commune',
    })
    expect(guessUnit('Hợp tác xã Nông nghiệp Tân Phú').kind).toBe('other')
  })
})
