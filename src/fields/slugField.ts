import type {
  FieldHook,
  PayloadRequest,
  TextField,
  TextFieldSingleValidation,
  Where,
} from 'payload'

import { idOf } from '../lib/idOf'
import { slugify } from '../lib/slugify'

type SlugFieldOptions = {
  /** The field the slug is made from when the editor leaves it empty. */
  from: string
  /**
   * A field the slug is unique together with (a site: "tin-tuc" on each portal), checked on
   * save. Unique on its own without one.
   */
  uniqueWithin?: string
  /** One slug per locale, each made from that locale's `from` and unique within it. */
  localized?: boolean
}

/** Looks for a free slug: "bac-kan", then "bac-kan-2", "bac-kan-3"… */
const firstFreeSlug = async (
  base: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> => {
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`
    if (!(await isTaken(candidate))) return candidate
  }
}

const generateSlug =
  ({ from, uniqueWithin }: SlugFieldOptions): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    // An editor's own slug is normalised but kept: a clash is theirs to resolve (the unique index says so).
    if (typeof value === 'string' && value.trim()) return slugify(value)
    // Published URLs stay stable: an existing slug is not remade when the title changes.
    if (originalDoc?.slug) return value

    const source = data?.[from] ?? originalDoc?.[from]
    const base = typeof source === 'string' ? slugify(source) : ''
    if (!base || !collection) return value

    return firstFreeSlug(base, (slug) =>
      isSlugTaken({
        slug,
        collection: collection.slug,
        id: originalDoc?.id,
        req,
        scope: scopeOf(uniqueWithin, data, originalDoc),
      }),
    )
  }

type Doc = Record<string, unknown> | undefined

/** The documents a slug must differ from: those of the same site, when it is unique within one. */
const scopeOf = (uniqueWithin: string | undefined, data: Doc, originalDoc: Doc): Where[] => {
  if (!uniqueWithin) return []
  const within = data?.[uniqueWithin] ?? originalDoc?.[uniqueWithin]
  return [{ [uniqueWithin]: within ? { equals: idOf(within) } : { exists: false } }]
}

const isSlugTaken = async ({
  slug,
  collection,
  id,
  req,
  scope,
}: {
  slug: string
  collection: string
  id: unknown
  req: PayloadRequest
  scope: Where[]
}): Promise<boolean> => {
  const where: Where = {
    and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : []), ...scope],
  }
  const { totalDocs } = await req.payload.count({
    collection: collection as 'articles',
    where,
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** An editor's own slug, unique within its site (and locale): no index can span both. */
const uniqueWithinScope =
  (uniqueWithin: string): TextFieldSingleValidation =>
  async (value, { collectionSlug, id, data, req }) => {
    if (typeof value !== 'string' || !value || !collectionSlug) return true
    const taken = await isSlugTaken({
      slug: value,
      collection: collectionSlug,
      id,
      req,
      scope: scopeOf(uniqueWithin, data as Doc, undefined),
    })
    return taken
      ? `Đường dẫn "${value}" đã có ở cổng này (this slug is already used on this site).`
      : true
  }

/** A unique, indexed slug made from another field the Vietnamese way ("Bắc Kạn" → "bac-kan"). */
export const slugField = (options: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  unique: !options.uniqueWithin,
  index: true,
  localized: options.localized,
  ...(options.uniqueWithin ? { validate: uniqueWithinScope(options.uniqueWithin) } : {}),
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Để trống để tạo tự động từ tiêu đề, bỏ dấu tiếng Việt.',
      en: 'Leave empty to make it from the title, without Vietnamese diacritics.',
    },
  },
  hooks: { beforeValidate: [generateSlug(options)] },
})
