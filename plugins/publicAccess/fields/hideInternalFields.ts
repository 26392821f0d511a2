import type { Field, FieldAccess, Tab } from 'payload'

import { isPublicPath } from '../utilities/isPublicPath'

/** A logged-in client reads what the field's own access allows; an anonymous one reads nothing. */
const loggedInOnly =
  (own?: FieldAccess): FieldAccess =>
  (args) =>
    Boolean(args.req.user) && (own ? own(args) : true)

/** Whether any field under `path` is public, so that its container must stay readable. */
const opensBelow = (publicPaths: string[], path: string) =>
  publicPaths.some((publicPath) => publicPath.startsWith(`${path}.`))

const withPrefix = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

/**
 * Every data field not on the public list gets `access.read` for logged-in users only, ANDed with
 * its own rule, so that Payload itself strips it from anonymous answers (REST, GraphQL, joins,
 * `depth`, `select`, `populate`) and refuses it in anonymous `where` and `sort`. Containers stay
 * readable when something inside them is public; their other sub-fields are hidden one by one.
 */
export const hideInternalFields = (fields: Field[], publicPaths: string[], prefix = ''): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab): Tab =>
          'name' in tab && tab.name
            ? (hideNamed(tab, publicPaths, withPrefix(prefix, tab.name)) as Tab)
            : { ...tab, fields: hideInternalFields(tab.fields, publicPaths, prefix) },
        ),
      }
    }
    if (!('name' in field) || !field.name || field.type === 'ui') {
      return 'fields' in field
        ? ({ ...field, fields: hideInternalFields(field.fields, publicPaths, prefix) } as Field)
        : field
    }
    return hideNamed(field, publicPaths, withPrefix(prefix, field.name)) as Field
  })

type NamedContainer = {
  access?: { read?: FieldAccess }
  fields?: Field[]
  blocks?: unknown
}

const hideNamed = <F extends NamedContainer>(field: F, publicPaths: string[], path: string): F => {
  if (isPublicPath(publicPaths, path)) return field
  if (opensBelow(publicPaths, path) && Array.isArray(field.fields)) {
    return { ...field, fields: hideInternalFields(field.fields, publicPaths, path) }
  }
  return { ...field, access: { ...field.access, read: loggedInOnly(field.access?.read) } }
}
