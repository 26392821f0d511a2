import type { FlattenedField, Payload, Where } from 'payload'

import type { SanitizedPublicAccessConfig } from '../types'
import { refuse } from './refuse'
import { resolvePath } from './resolvePath'

/**
 * Payload's operators, less the geometric ones (no collection has a point field) and `all`,
 * which the SQLite adapter does not implement (a 500 for anyone there).
 */
const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const listOperators = new Set(['in', 'not_in'])

// GraphQL's DateTime variables reach the where as Date objects: a plain value all the same.
const isValidDateObject = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime())

const isScalar = (value: unknown) =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  isValidDateObject(value)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isDate = (value: unknown) =>
  isValidDateObject(value) ||
  ((typeof value === 'string' || typeof value === 'number') &&
    !Number.isNaN(new Date(value).getTime()) &&
    // `new Date` rolls 2022-13-01 over into 2023; a calendar date must name a real day.
    !/^\d{4}-(1[3-9]|[2-9]\d|00)-/.test(String(value)))

const isNumeric = (value: unknown) => value !== '' && Number.isFinite(Number(value))

/** What a value must look like for the field it is compared with; undefined when anything goes. */
const expectedKind = (
  field: FlattenedField | undefined,
  payload: Payload,
): 'date' | 'number' | undefined => {
  if (!field) return undefined
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  const isLink =
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  return isLink && payload.db.defaultIDType === 'number' ? 'number' : undefined
}

type WhereCheck = {
  config: SanitizedPublicAccessConfig
  payload: Payload
  slug: string
  isAnonymous: boolean
}

/**
 * Refuses, with a 400 that names the part, a `where` that Payload would answer with a 500 or
 * that reads what the client may not: an unknown operator, an object where a value belongs
 * (`in[0][$ne]`), a date or number that is none, a path into rich text, nesting deeper than the
 * bound; and for anonymous clients a path through a field they may not read, or too many
 * conditions. Walks with its own stack: a where nested 5,000 deep must not overflow ours either.
 */
export const checkWhere = (where: unknown, check: WhereCheck, name = 'where'): void => {
  if (where === undefined || where === null || where === '') return
  const stack: { node: unknown; nesting: number; at: string }[] = [
    { node: where, nesting: 0, at: name },
  ]
  let conditions = 0
  while (stack.length) {
    const { node, nesting, at } = stack.pop()!
    if (!isPlainObject(node)) refuse(`${at} phải là một đối tượng (${at} must be an object).`)
    for (const [key, value] of Object.entries(node as Where)) {
      const here = `${at}[${key}]`
      // GraphQL's where spells them AND and OR; Payload reads either case.
      if (['and', 'or'].includes(key.toLowerCase())) {
        if (nesting + 1 > check.config.maxWhereNesting) {
          refuse(
            `${here}: lồng quá ${check.config.maxWhereNesting} cấp (where nests and/or at most ${check.config.maxWhereNesting} deep).`,
          )
        }
        const items = Array.isArray(value)
          ? value
          : isPlainObject(value)
            ? Object.values(value)
            : refuse(`${here} phải là một danh sách (${here} must be a list).`)
        items.forEach((item, index) =>
          stack.push({ node: item, nesting: nesting + 1, at: `${here}[${index}]` }),
        )
        continue
      }
      conditions++
      checkCondition({ check, path: key, constraint: value, at: here })
    }
  }
  if (check.isAnonymous && conditions > check.config.maxWhereConditions) {
    refuse(
      `${name}: tối đa ${check.config.maxWhereConditions} điều kiện (at most ${check.config.maxWhereConditions} conditions for anonymous clients).`,
    )
  }
}

const checkCondition = ({
  check,
  path,
  constraint,
  at,
}: {
  check: WhereCheck
  path: string
  constraint: unknown
  at: string
}) => {
  const resolved = resolvePath({ ...check, path })
  if (resolved.refusal !== undefined) {
    refuse(
      `Không được lọc theo "${path}" (path "${path}" cannot be queried${check.isAnonymous ? ' by anonymous clients' : ''}).`,
    )
  }
  if (!isPlainObject(constraint)) {
    refuse(`${at} cần một phép so sánh, ví dụ ${at}[equals]=… (${at} needs an operator).`)
  }
  // A link to several collections is compared through its parts; Payload cannot compare it whole.
  const { field } = resolved
  if (
    (field?.type === 'relationship' || field?.type === 'upload') &&
    Array.isArray(field.relationTo)
  ) {
    refuse(
      `${at}: lọc theo ${path}.value hoặc ${path}.relationTo (compare ${path}.value or ${path}.relationTo).`,
    )
  }
  const kind = expectedKind(field, check.payload)
  for (const [operator, operand] of Object.entries(constraint as Record<string, unknown>)) {
    const here = `${at}[${operator}]`
    if (!operators.has(operator)) {
      refuse(`${here}: phép so sánh "${operator}" không có (unknown operator "${operator}").`)
    }
    const values = Array.isArray(operand) ? operand : [operand]
    if (!values.every(isScalar)) {
      refuse(`${here}: giá trị phải là chữ hoặc số (${here} must be a plain value, not an object).`)
    }
    // The SQL adapter binds a list given to a one-value operator as no value at all (a 500).
    if (Array.isArray(operand) && !listOperators.has(operator) && operator !== 'exists') {
      refuse(`${here}: chỉ nhận một giá trị (${here} takes one value, not a list).`)
    }
    if (operator === 'contains' && kind === 'date') {
      refuse(`${here}: ngày giờ không lọc bằng contains (dates are not compared with contains).`)
    }
    if (operator === 'exists') {
      if (
        !values.every((value) => ['true', 'false', true, false].includes(value as string | boolean))
      ) {
        refuse(`${here}: chỉ nhận true hoặc false (${here} takes true or false).`)
      }
      continue
    }
    if (operator === 'like' || operator === 'not_like' || operator === 'contains') continue
    const items =
      listOperators.has(operator) && typeof operand === 'string' ? operand.split(',') : values
    if (kind === 'date' && !items.every((value) => value === null || isDate(value))) {
      refuse(`${here}: không phải ngày giờ hợp lệ (${here} is not a valid date).`)
    }
    if (kind === 'number' && !items.every((value) => value === null || isNumeric(value))) {
      refuse(`${here}: không phải số (${here} is not a number).`)
    }
  }
}
