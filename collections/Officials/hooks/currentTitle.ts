import type { FieldHook } from 'payload'

import { readLanguage } from '@/i18n/readLanguage'
import { titleOrLastHeld, type DatedPosition } from '@/lib/titleAt'
import { vietnamDay } from '@/lib/vietnamTime'
import type { Official } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

/** A read of every locale (`?locale=*`) holds each title as `{ vi, en }`: the read's language's. */
const inLanguage = (positions: unknown[], language: SiteLanguage): DatedPosition[] =>
  (positions as (DatedPosition & { title?: unknown })[]).map((position) => ({
    ...position,
    title:
      position.title && typeof position.title === 'object'
        ? (position.title as Partial<Record<SiteLanguage, string>>)[language]
        : (position.title as DatedPosition['title']),
  }))

/**
 * Fills the virtual `currentTitle` from the positions held today in Vietnam, or the last ones
 * held, in the read's language (the positions' titles are read in its locale).
 */
export const currentTitle: FieldHook<Official, string> = ({ siblingData, req }) => {
  const language = readLanguage(req)
  return titleOrLastHeld(
    inLanguage(siblingData.positions ?? [], language),
    vietnamDay(new Date()),
    language,
  )
}
