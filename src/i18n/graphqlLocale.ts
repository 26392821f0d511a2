import type { GraphQLInfo, PayloadRequest } from 'payload'

export type LocaleArgs = { locale?: string | null; fallbackLocale?: string | null }

/** `locale` and `fallbackLocale` for a custom query, Payload's own enums (`locale: en`). */
export const localeArgs = (info: GraphQLInfo) => ({
  ...(info.types.localeInputType ? { locale: { type: info.types.localeInputType } } : {}),
  ...(info.types.fallbackLocaleInputType
    ? { fallbackLocale: { type: info.types.fallbackLocaleInputType } }
    : {}),
})

/**
 * The request a custom query runs with, in the locale it asked for. Payload hands a custom
 * resolver a copy of the context (wrapCustomResolver), so the locale is set on the request
 * itself: the fields resolved below the query (an article's category name) then read in that
 * locale, as below Payload's own `Articles(locale: en)`. As there, the locale holds for the rest
 * of the GraphQL document: one locale per document.
 */
export const requestInLocale = (
  context: { req: PayloadRequest },
  { locale, fallbackLocale }: LocaleArgs,
): PayloadRequest => {
  if (locale) context.req.locale = locale as PayloadRequest['locale']
  if (fallbackLocale) {
    context.req.fallbackLocale = fallbackLocale as PayloadRequest['fallbackLocale']
  }
  return context.req
}
