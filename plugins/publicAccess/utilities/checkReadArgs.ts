import type { Payload } from 'payload'

import type { SanitizedPublicAccessConfig } from '../types'
import { checkWhere } from './checkWhere'
import { refuse } from './refuse'
import { isPublicField, resolvePath } from './resolvePath'

type ReadArgs = {
  where?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
  joins?: unknown
  field?: unknown
}

type Check = {
  config: SanitizedPublicAccessConfig
  payload: Payload
  slug: string
  isAnonymous: boolean
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : [sort])
    .flatMap((entry) => String(entry).split(','))
    .map((entry) => entry.trim().replace(/^[-+]/, ''))
    .filter(Boolean)

const checkSort = (sort: unknown, check: Check, name = 'sort') => {
  if (sort === undefined || sort === null || sort === '') return
  for (const path of sortPaths(sort)) {
    const resolved = resolvePath({ ...check, path })
    if (resolved.refusal !== undefined) {
      refuse(
        `Không được sắp xếp theo "${path}" (${name} "${path}" is not allowed${check.isAnonymous ? ' for anonymous clients' : ''}).`,
      )
    }
  }
}

/** The paths a `select` names, `{ byline: { role: true } }` → `byline.role`. */
const selectPaths = (select: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(select).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return isPlainObject(value) ? selectPaths(value, path) : [path]
  })

const checkSelect = (select: unknown, check: Check, name: string) => {
  if (!isPlainObject(select)) return
  const collection = check.payload.collections[check.slug as keyof Payload['collections']]
  const entity = { slug: check.slug, isUpload: Boolean(collection?.config.upload) }
  const hidden = selectPaths(select).find((path) => !isPublicField(check.config, entity, path))
  if (hidden) {
    refuse(`${name}: không được chọn "${hidden}" (field "${hidden}" is not public).`)
  }
}

/**
 * The parts of a read that the client chose (`where`, `sort`, `select`, `populate`, `joins`,
 * `field` of a distinct), checked for everyone's malformed input and, for anonymous clients,
 * against the public fields, following relationship paths into the related collections.
 */
export const checkReadArgs = (args: ReadArgs, check: Check): void => {
  checkWhere(args.where, check)
  checkSort(args.sort, check)
  if (!check.isAnonymous) return
  checkSelect(args.select, check, 'select')
  if (isPlainObject(args.populate)) {
    for (const [slug, select] of Object.entries(args.populate)) {
      checkSelect(select, { ...check, slug }, `populate[${slug}]`)
    }
  }
  if (typeof args.field === 'string') {
    const resolved = resolvePath({ ...check, path: args.field })
    if (resolved.refusal !== undefined) refuse(`field "${args.field}" is not public.`)
  }
  if (isPlainObject(args.joins)) {
    for (const [path, join] of Object.entries(args.joins)) {
      const resolved = resolvePath({ ...check, path })
      if (resolved.refusal !== undefined) refuse(`joins[${path}] is not public.`)
      const field = resolved.field
      if (
        !field ||
        field.type !== 'join' ||
        typeof field.collection !== 'string' ||
        !isPlainObject(join)
      )
        continue
      const joined = { ...check, slug: field.collection }
      checkWhere(join.where, joined, `joins[${path}][where]`)
      checkSort(join.sort, joined, `joins[${path}][sort]`)
      if (join.limit !== undefined) {
        const limit = Number(join.limit)
        if (!Number.isInteger(limit) || limit < 1 || limit > check.config.maxLimit) {
          refuse(
            `joins[${path}][limit] từ 1 đến ${check.config.maxLimit} (must be an integer 1–${check.config.maxLimit} for anonymous clients).`,
          )
        }
      }
    }
  }
}
