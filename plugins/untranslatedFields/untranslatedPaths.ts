import type { FlattenedField } from 'payload'

/** A request's fallback locale as Payload keeps it: a code, a list tried in order, or none. */
export type FallbackLocale = string | string[] | false | null | undefined

const noFallback = new Set(['false', 'none', 'null'])

/** Empty the way Payload's read decides to fall back: text '' counts as missing, 0 does not. */
const isMissing = (value: unknown) => value === undefined || value === null || value === ''

/** The first fallback locale that holds a value, as Payload's afterRead picks it. */
const fallbackValue = (localized: Record<string, unknown>, fallbackLocale: FallbackLocale) => {
  const codes = Array.isArray(fallbackLocale) ? fallbackLocale : [fallbackLocale]
  for (const code of codes) {
    if (typeof code !== 'string' || noFallback.has(code)) continue
    if (!isMissing(localized[code])) return localized[code]
  }
  return undefined
}

/**
 * The paths of a document's localized fields that read in the fallback locale: missing in
 * `locale`, present in a fallback. `doc` is the stored document before Payload flattens its
 * locales (a beforeRead hook's), so each localized value is still `{ vi: …, en: … }`. Array rows
 * are numbered: "positions.1.title".
 */
export const untranslatedPaths = ({
  fields,
  doc,
  locale,
  fallbackLocale,
  prefix = '',
}: {
  fields: FlattenedField[]
  doc: Record<string, unknown> | null | undefined
  locale: string
  fallbackLocale: FallbackLocale
  prefix?: string
}): string[] => {
  if (!doc) return []
  return fields.flatMap((field): string[] => {
    const path = `${prefix}${field.name}`
    const value = doc[field.name]
    if ('localized' in field && field.localized) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return []
      const localized = value as Record<string, unknown>
      const isFallingBack =
        isMissing(localized[locale]) && Boolean(fallbackValue(localized, fallbackLocale))
      return isFallingBack ? [path] : []
    }
    if (field.type === 'group' || field.type === 'tab') {
      return untranslatedPaths({
        fields: field.flattenedFields,
        doc: value as Record<string, unknown>,
        locale,
        fallbackLocale,
        prefix: `${path}.`,
      })
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) =>
        untranslatedPaths({
          fields: field.flattenedFields,
          doc: row as Record<string, unknown>,
          locale,
          fallbackLocale,
          prefix: `${path}.${index}.`,
        }),
      )
    }
    return []
  })
}
