import type { FieldHook, TextField, Where } from 'payload'

import { slugify } from '../lib/slugify'

type SlugFieldOptions = {
  /** The field the slug is made from when the editor leaves it empty. */
  from: string
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
  ({ from }: SlugFieldOptions): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    // An editor's own slug is normalised but kept: a clash is theirs to resolve (the unique index says so).
    if (typeof value === 'string' && value.trim()) return slugify(value)
    // Published URLs stay stable: an existing slug is not remade when the title changes.
    if (originalDoc?.slug) return value

    const source = data?.[from] ?? originalDoc?.[from]
    const base = typeof source === 'string' ? slugify(source) : ''
    if (!base || !collection) return value

    const id = originalDoc?.id
    return firstFreeSlug(base, async (slug) => {
      const where: Where = id
        ? { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] }
        : { slug: { equals: slug } }
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where,
        req,
        overrideAccess: true,
      })
      return totalDocs > 0
    })
  }

/** A unique, indexed slug made from another field the Vietnamese way ("Bắc Kạn" → "bac-kan"). */
export const slugField = (options: SlugFieldOptions): TextField => ({
  name: 'slug',
  type: 'text',
  label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
  unique: true,
  index: true,
  localized: options.localized,
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Để trống để tạo tự động từ tiêu đề, bỏ dấu tiếng Việt.',
      en: 'Leave empty to make it from the title, without Vietnamese diacritics.',
    },
  },
  hooks: { beforeValidate: [generateSlug(options)] },
})
