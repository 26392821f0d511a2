import { describe, expect, it } from 'vitest'

import { startsWithStopPhrase } from './stopPhrases'

describe('startsWithStopPhrase', () => {
  it('should stop at the verbs that follow a title in the sample articles', () => {
    for (const text of [
      'chủ trì hội nghị',
      'phát biểu tại',
      'trân trọng cảm ơn',
      'đã ghi nhận',
      'yêu cầu:',
    ]) {
      expect(startsWithStopPhrase(text)).toBe(true)
    }
  })

  it('should match whole words only', () => {
    expect(startsWithStopPhrase('cho')).toBe(true)
    expect(startsWithStopPhrase('chống')).toBe(false)
    expect(startsWithStopPhrase('tạiđây')).toBe(false)
  })

  it('should stop at "và" before a lower-case word only', () => {
    expect(startsWithStopPhrase('và các đồng chí')).toBe(true)
    expect(startsWithStopPhrase('và Đào tạo')).toBe(false)
  })

  it('should not stop at capitalised words or words that occur inside names', () => {
    expect(startsWithStopPhrase('Giao thông vận tải')).toBe(false)
    expect(startsWithStopPhrase('dự án')).toBe(false)
    expect(startsWithStopPhrase('công ích đô thị')).toBe(false)
  })
})

describe('startsWithStopPhrase and "dự"', () => {
  it('should stop at "dự" before a meeting, not inside "dự án"', () => {
    expect(startsWithStopPhrase('dự hội nghị')).toBe(true)
    expect(startsWithStopPhrase('dự và phát biểu')).toBe(true)
    expect(startsWithStopPhrase('dự án')).toBe(false)
  })
})

describe('startsWithStopPhrase and a meeting’s verb', () => {
  it('should stop a host’s name at the meeting it holds: "Sở Nội vụ tổng kết công tác …"', () => {
    for (const text of [
      'tổng kết công tác',
      'sơ kết 6 tháng',
      'đối thoại với',
      'khai mạc kỳ họp',
    ]) {
      expect(startsWithStopPhrase(text)).toBe(true)
    }
  })
})
