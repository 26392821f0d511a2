import type { FieldHook, TextField, Where } from 'payload'

import { idOf } from '../lib/idOf'
import { slugify } from '../lib/slugify'

type SlugFieldOptions = {
  /** The field the slug is made from when the editor leaves it empty. */
  from: string
  /**
   * A field the slug is unique together with (a site: "tin-tuc" on each portal); the collection
   * then declares the compound unique index. Unique on its own without one.
   */
  uniqueWithin?: string
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

    const id = originalDoc?.id
    const within = uniqueWithin ? (data?.[uniqueWithin] ?? originalDoc?.[uniqueWithin]) : undefined
    const scope: Where[] = uniqueWithin
      ? [{ [uniqueWithin]: within ? { equals: idOf(within) } : { exists: false } }]
      : []
    return firstFreeSlug(base, async (slug) => {
      const where: Where = {
        and: [{ slug: { equals: slug } }, ...(id ? [{ id: { not_equals: id } }] : []), ...scope],
      }
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
  unique: !options.uniqueWithin,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Để trống để tạo tự động từ tiêu đề, bỏ dấu tiếng Việt.',
      en: 'Leave empty to make it from the title, without Vietnamese diacritics.',
    },
  },
  hooks: { beforeValidate: [generateSlug(options)] },
})
