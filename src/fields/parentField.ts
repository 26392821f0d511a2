import type { CollectionSlug, RelationshipField, Validate } from 'payload'

import { idOf } from '../lib/idOf'

type ParentFieldOptions = {
  relationTo: 'categories' | 'sites' | 'units'
  label: { vi: string; en: string }
}

/** Hierarchies are shallow (tỉnh → thành phố → phường); the bound only stops a corrupt loop. */
const MAX_DEPTH = 32

/** Refuses a parent that is the document itself or one of its descendants. */
const withoutCycles =
  (relationTo: CollectionSlug): Validate =>
  async (value, { id, req }) => {
    let ancestor = idOf(value)
    if (ancestor === undefined || id === undefined) return true
    for (let depth = 0; ancestor !== undefined && depth < MAX_DEPTH; depth++) {
      if (String(ancestor) === String(id)) {
        return 'Không thể chọn chính nó hoặc một cấp dưới của nó làm cấp trên (a document cannot be its own ancestor).'
      }
      const parent = await req.payload.findByID({
        collection: relationTo as 'units',
        id: ancestor,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        select: { parent: true },
      })
      ancestor = idOf(parent?.parent)
    }
    return true
  }

/** A parent link in a tree of the same collection, indexed, that cannot form a cycle. */
export const parentField = ({ relationTo, label }: ParentFieldOptions): RelationshipField => ({
  name: 'parent',
  type: 'relationship',
  relationTo,
  label,
  index: true,
  filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
  validate: withoutCycles(relationTo),
})
