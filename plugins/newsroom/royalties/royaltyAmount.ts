import type { RoyaltySettings } from '../types'

export type RoyaltyDecision = { amount: number } | { error: string }

/**
 * The amount of a royalty line: coefficient × the value of one unit, rounded to the đồng, once
 * the coefficient is checked against its genre's range.
 */
export const royaltyAmount = (
  settings: RoyaltySettings,
  genre: string,
  coefficient: number,
): RoyaltyDecision => {
  const found = settings.genres.find((candidate) => candidate.value === genre)
  if (!found) {
    return { error: `Không có thể loại "${genre}" (unknown royalty genre "${genre}").` }
  }
  if (!Number.isFinite(coefficient) || coefficient < found.min || coefficient > found.max) {
    return {
      error: `Hệ số ${coefficient} ngoài khung ${found.min}–${found.max} của thể loại "${found.label.vi}" (coefficient ${coefficient} is outside ${found.min}–${found.max} for "${found.label.en}").`,
    }
  }
  return { amount: Math.round(coefficient * settings.baseValue) }
}
