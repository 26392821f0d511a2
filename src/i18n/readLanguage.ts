import type { PayloadRequest, Where } from 'payload'

import { defaultLanguage, siteLanguages, type SiteLanguage } from '@/sites/siteLanguages'

/** The content language a read asks for: its locale (REST `?locale=en`, GraphQL `locale: en`). */
export const readLanguage = (req: PayloadRequest): SiteLanguage =>
  siteLanguages.find((language) => language.code === req.locale)?.code ?? defaultLanguage

/**
 * Articles in one language. An article stored before articles had a language (MongoDB keeps no
 * default in old documents) is in the default language.
 */
export const articlesInLanguage = (language: SiteLanguage): Where =>
  language === defaultLanguage
    ? { or: [{ language: { equals: language } }, { language: { exists: false } }] }
    : { language: { equals: language } }
