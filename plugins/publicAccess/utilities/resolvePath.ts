import type { FlattenedField, Payload } from 'payload'

import type { SanitizedPublicAccessConfig } from '../types'
import { isPublicPath } from './isPublicPath'
import { uploadFields } from './uploadFields'

/** Fields every document has, readable and queryable by everyone. */
const systemFields = ['id', 'createdAt', 'updatedAt', '_status']

type Entity = { fields: FlattenedField[]; isUpload: boolean }

const entityOf = (payload: Payload, slug: string): Entity | undefined => {
  const collection = payload.collections[slug as keyof typeof payload.collections]?.config
  if (collection)
    return { fields: collection.flattenedFields, isUpload: Boolean(collection.upload) }
  const global = payload.config.globals.find((candidate) => candidate.slug === slug)
  return global ? { fields: global.flattenedFields, isUpload: false } : undefined
}

/** Whether an anonymous client may read `path` (inside one collection, no relationship hops). */
export const isPublicField = (
  config: SanitizedPublicAccessConfig,
  entity: { slug: string; isUpload: boolean },
  path: string,
): boolean => {
  const top = path.split('.')[0]
  if (systemFields.includes(top) || (entity.isUpload && uploadFields.includes(top))) return true
  return isPublicPath(config.publicFields[entity.slug] ?? [], path)
}

export type ResolvedPath =
  { field?: FlattenedField; refusal?: undefined } | { field?: undefined; refusal: string }

/**
 * Follows a `where` or `sort` path (`category.parent.slug`, `byline.displayName`) through groups,
 * arrays and relationships into the related collections, as Payload does, and says what it ends
 * on. With `isAnonymous`, every step must be public in its own collection: relationship hops
 * included, so a public link never opens the linked collection's hidden fields. A path into a
 * leaf (rich text, JSON) is refused for everyone: Payload cannot query inside one and answered 500.
 */
export const resolvePath = ({
  config,
  payload,
  slug,
  path,
  isAnonymous,
}: {
  config: SanitizedPublicAccessConfig
  payload: Payload
  slug: string
  path: string
  isAnonymous: boolean
}): ResolvedPath => {
  const entity = entityOf(payload, slug)
  if (!entity) return {}
  const segments = path.replace(/__/g, '.').split('.')
  let fields = entity.fields
  let fieldPath = ''
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]
    const rest = segments.slice(index + 1)
    if (segment === 'id' && !fieldPath && !rest.length) return {}
    const field = fields.find((candidate) => candidate.name === segment)
    // Unknown paths are Payload's to refuse (it names them in its own 400).
    if (!field) return {}
    fieldPath = fieldPath ? `${fieldPath}.${segment}` : segment
    const isOpen =
      isPublicField(config, { slug, isUpload: entity.isUpload }, fieldPath) ||
      // A group or array with public sub-fields may be walked into, not compared itself.
      (rest.length > 0 &&
        (config.publicFields[slug] ?? []).some((open) => open.startsWith(`${fieldPath}.`)))
    if (isAnonymous && !isOpen) {
      return { refusal: path }
    }
    if (!rest.length) return { field }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      fields = field.flattenedFields
      continue
    }
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      return resolvePath({
        config,
        payload,
        slug: field.relationTo,
        path: rest.join('.'),
        isAnonymous,
      })
    }
    if (field.type === 'join' && typeof field.collection === 'string') {
      return resolvePath({
        config,
        payload,
        slug: field.collection,
        path: rest.join('.'),
        isAnonymous,
      })
    }
    const isPolymorphicPart =
      (field.type === 'relationship' || field.type === 'upload') &&
      rest.length === 1 &&
      (rest[0] === 'relationTo' || rest[0] === 'value')
    return isPolymorphicPart ? {} : { refusal: path }
  }
  return {}
}
