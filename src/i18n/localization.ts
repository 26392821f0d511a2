import type { LocalizationConfig } from 'payload'

import { defaultLanguage, siteLanguages } from '@/sites/siteLanguages'

/**
 * Content locales: Vietnamese (the default) and English. Reference data (category names, unit
 * names, position titles, media text, site settings) is localized field by field; a value missing
 * in English is read in Vietnamese, and `untranslatedFields` says which (README, "Languages").
 * Articles are not localized: each language's version is its own article (translationOf).
 */
export const localization: LocalizationConfig = {
  locales: siteLanguages.map((language) => ({ code: language.code, label: language.label })),
  defaultLocale: defaultLanguage,
  fallback: true,
}
