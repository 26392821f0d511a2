import { isolateObjectProperty, type GraphQLInfo, type PayloadRequest } from 'payload'

export type LocaleArgs = { locale?: string | null; fallbackLocale?: string | null }

/** `locale` and `fallbackLocale` for a custom query, Payload's own enums (`locale: en`). */
export const localeArgs = (info: GraphQLInfo) => ({
  ...(info.types.localeInputType ? { locale: { type: info.types.localeInputType } } : {}),
  ...(info.types.fallbackLocaleInputType
    ? { fallbackLocale: { type: info.types.fallbackLocaleInputType } }
    : {}),
})

/**
 * The request a custom query runs with, in the locale it asked for: as Payload's own resolvers,
 * a copy of the request (another query of the same document keeps its own locale), left on the
 * context so that the fields resolved below (a category's name) are read in that locale too.
 */
export const requestInLocale = (
  context: { req: PayloadRequest },
  { locale, fallbackLocale }: LocaleArgs,
): PayloadRequest => {
  const req = isolateObjectProperty(context.req, ['locale', 'fallbackLocale'])
  if (locale) req.locale = locale as PayloadRequest['locale']
  if (fallbackLocale) req.fallbackLocale = fallbackLocale as PayloadRequest['fallbackLocale']
  context.req = req
  return req
}
