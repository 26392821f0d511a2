/** The content languages a site may publish in, Vietnamese first (the default). */
export const siteLanguages = [
  { code: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
  { code: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
] as const

export type SiteLanguage = (typeof siteLanguages)[number]['code']

export const defaultLanguage: SiteLanguage = 'vi'
