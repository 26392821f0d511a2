import { describe, expect, it } from 'vitest'

import { defaultRoyaltySettings } from './defaultRoyaltySettings'
import { royaltyAmount } from './royaltyAmount'

describe('royaltyAmount', () => {
  it('should multiply the coefficient by the unit value', () => {
    expect(royaltyAmount(defaultRoyaltySettings, 'news', 4)).toEqual({ amount: 936_000 })
    expect(royaltyAmount(defaultRoyaltySettings, 'information', 0.5)).toEqual({ amount: 117_000 })
  })

  it('should accept both ends of the range', () => {
    expect(royaltyAmount(defaultRoyaltySettings, 'photo', 1)).toEqual({ amount: 234_000 })
    expect(royaltyAmount(defaultRoyaltySettings, 'photo', 8)).toEqual({ amount: 1_872_000 })
  })

  it('should refuse a coefficient outside the genre range with a clear message', () => {
    expect(royaltyAmount(defaultRoyaltySettings, 'news', 12)).toEqual({
      error:
        'Hệ số 12 ngoài khung 1–10 của thể loại "Tin" (coefficient 12 is outside 1–10 for "News brief").',
    })
    expect(royaltyAmount(defaultRoyaltySettings, 'news', 0.5)).toHaveProperty('error')
    expect(royaltyAmount(defaultRoyaltySettings, 'news', Number.NaN)).toHaveProperty('error')
  })

  it('should refuse an unknown genre', () => {
    expect(royaltyAmount(defaultRoyaltySettings, 'poem', 2)).toEqual({
      error: 'Không có thể loại "poem" (unknown royalty genre "poem").',
    })
  })
})
