import {
  GraphQLError,
  Kind,
  NoFragmentCyclesRule,
  parse,
  validate,
  type ASTNode,
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import type { SanitizedPublicAccessConfig } from '../types'

const badRequest = (message: string, node?: ASTNode) =>
  new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { statusCode: 400 } })

const valueOf = (node: ValueNode, variables: ExecutionArgs['variableValues']): unknown => {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables?.[node.name.value]
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.BOOLEAN:
    case Kind.STRING:
    case Kind.ENUM:
      return node.value
    case Kind.LIST:
      return node.values.map((value) => valueOf(value, variables))
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]),
      )
    default:
      return null
  }
}

/** How deep `and`/`or` nest in a where value, with an explicit stack (inputs may nest 5,000 deep). */
const whereNesting = (where: unknown): number => {
  let deepest = 0
  const stack: { node: unknown; nesting: number }[] = [{ node: where, nesting: 0 }]
  while (stack.length) {
    const { node, nesting } = stack.pop()!
    deepest = Math.max(deepest, nesting)
    if (typeof node !== 'object' || node === null) continue
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === 'AND' || key === 'OR' || key === 'and' || key === 'or') &&
        Array.isArray(value)
      ) {
        value.forEach((item) => stack.push({ node: item, nesting: nesting + 1 }))
      }
    }
  }
  return deepest
}

type Size = { depth: number; fields: number }

/**
 * The depth and the number of fields of each operation, fragments expanded (aliases count, and a
 * fragment spread twice counts twice). Each fragment is measured once, so a fragment that spreads
 * another twice, thirty times over, costs thirty steps, not 2³⁰. Fragment cycles are refused
 * before this runs, so the walk ends.
 */
const measure = (document: DocumentNode) => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition)
    }
  }
  const measured = new Map<string, Size>()
  const fragmentSize = (name: string): Size => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    const size = fragment ? walk(fragment.selectionSet) : { depth: 0, fields: 0 }
    measured.set(name, size)
    return size
  }
  /** Levels below `set` and the fields in it. */
  const walk = (set: SelectionSetNode): Size => {
    let depth = 0
    let fields = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet
          ? walk(selection.selectionSet)
          : { depth: 0, fields: 0 }
        depth = Math.max(depth, below.depth + 1)
        fields += below.fields + 1
      } else {
        const below =
          selection.kind === Kind.INLINE_FRAGMENT
            ? walk(selection.selectionSet)
            : fragmentSize(selection.name.value)
        depth = Math.max(depth, below.depth)
        fields += below.fields
      }
    }
    return { depth, fields }
  }
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ node: definition, ...walk(definition.selectionSet) }]
      : [],
  )
}

/** Stands in for a refused document: nothing else may walk it. */
const harmless = parse('{ __typename }')

/** Deeper than any input the schema takes (a where nested `maxWhereNesting` deep is about 20). */
const MAX_VARIABLE_NESTING = 64

/** How deep a JSON value nests, with an explicit stack. */
const nesting = (value: unknown): number => {
  let deepest = 0
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    deepest = Math.max(deepest, depth)
    if (deepest > MAX_VARIABLE_NESTING) return deepest
    if (typeof node === 'object' && node !== null) {
      for (const inner of Object.values(node)) stack.push({ node: inner, depth: depth + 1 })
    }
  }
  return deepest
}

/**
 * The most fields any client's operation may expand to: graphql-js's overlapping-fields rule and
 * Payload's complexity rule both expand fragments, and a fragment that spreads another twice,
 * thirty times over, held the server for minutes.
 */
const MAX_EXPANDED_FIELDS = 5_000

/**
 * What must be refused before any rule walks the document: Payload's complexity rule runs first,
 * recurses through fragment spreads and coerces the variables, and overflowed the stack (a 500)
 * on a fragment cycle or a where nested 5,000 deep. Size is measured here too, in one pass that
 * never expands a fragment twice.
 */
const refusedBeforeWalking = (
  args: ExecutionArgs,
  config: SanitizedPublicAccessConfig,
  isAnonymous: boolean,
): GraphQLError[] => {
  const cycles = validate(args.schema, args.document, [NoFragmentCyclesRule])
  if (cycles.length) return cycles.map((error) => badRequest(error.message))
  const variables = Object.entries(args.variableValues ?? {})
  const tooDeep = variables.find(([, value]) => nesting(value) > MAX_VARIABLE_NESTING)
  if (tooDeep) {
    return [
      badRequest(
        `Biến $${tooDeep[0]} lồng quá sâu (variable $${tooDeep[0]} nests more than ${MAX_VARIABLE_NESTING} levels).`,
      ),
    ]
  }
  const maxFields = isAnonymous ? config.maxGraphQLFields : MAX_EXPANDED_FIELDS
  return measure(args.document).flatMap((operation) => [
    ...(isAnonymous && operation.depth > config.maxGraphQLDepth
      ? [
          badRequest(
            `Truy vấn sâu tối đa ${config.maxGraphQLDepth} cấp (queries nest at most ${config.maxGraphQLDepth} levels for anonymous clients; this one nests ${operation.depth}).`,
            operation.node,
          ),
        ]
      : []),
    ...(operation.fields > maxFields
      ? [
          badRequest(
            `Truy vấn tối đa ${maxFields} trường (queries select at most ${maxFields} fields${isAnonymous ? ' for anonymous clients' : ''}; this one selects ${operation.fields}).`,
            operation.node,
          ),
        ]
      : []),
  ])
}

/**
 * The GraphQL side of the public guard rails, as validation rules (Payload's `validationRules`):
 *
 * - everyone: fragment cycles, variables nested over 64 levels and operations expanding to over
 *   5,000 fields are a 400 (see refusedBeforeWalking), a `where` nests at most `maxWhereNesting` deep, and in
 *   production no "Did you mean …?" suggestions name fields the client did not know (for
 *   anonymous clients, never);
 * - anonymous clients: `limit` 1–`maxLimit`, `page` ≥ 1, no `pagination: false`, at most
 *   `maxGraphQLDepth` levels and `maxGraphQLFields` fields per operation.
 */
export const anonymousQueryRules =
  (config: SanitizedPublicAccessConfig) =>
  (args: ExecutionArgs): ValidationRule[] => {
    const { req } = (args.contextValue ?? {}) as { req?: { user?: unknown } }
    const isAnonymous = !req?.user
    const refusals = refusedBeforeWalking(args, config, isAnonymous)
    if (refusals.length) {
      // graphql-http validates `args.document` after asking for the rules: the refused one is
      // replaced so that no rule walks it, and the refusal is the answer.
      ;(args as { document: DocumentNode }).document = harmless
      return [
        (context) => ({ Document: () => refusals.forEach((error) => context.reportError(error)) }),
      ]
    }
    const rule = (context: ValidationContext): ASTVisitor => {
      if (isAnonymous || process.env.NODE_ENV === 'production') {
        // One ValidationContext serves every rule, graphql-js's own included: their suggestions
        // pass through here on the way out.
        const report = context.reportError.bind(context)
        context.reportError = (error) =>
          report(
            new GraphQLError(error.message.replace(/ ?Did you mean .*\?$/, ''), {
              nodes: error.nodes,
              extensions: { ...error.extensions, statusCode: 400 },
            }),
          )
      }
      return {
        Argument(node: ArgumentNode) {
          const value = valueOf(node.value, args.variableValues)
          const name = node.name.value
          if (name === 'where' && whereNesting(value) > config.maxWhereNesting) {
            context.reportError(
              badRequest(
                `where lồng quá ${config.maxWhereNesting} cấp (where nests AND/OR at most ${config.maxWhereNesting} deep).`,
                node,
              ),
            )
          }
          if (!isAnonymous) return
          const isBadLimit =
            name === 'limit' &&
            value !== undefined &&
            value !== null &&
            !(
              Number.isInteger(value) &&
              (value as number) >= 1 &&
              (value as number) <= config.maxLimit
            )
          const isBadPage =
            name === 'page' &&
            value !== undefined &&
            value !== null &&
            !(Number.isInteger(value) && (value as number) >= 1)
          const isNoPagination = name === 'pagination' && value === false
          if (isBadLimit || isNoPagination) {
            context.reportError(
              badRequest(
                `Mỗi trang tối đa ${config.maxLimit} mục (limit must be 1–${config.maxLimit} and pagination on for anonymous clients).`,
                node,
              ),
            )
          }
          if (isBadPage)
            context.reportError(
              badRequest('page phải là số nguyên ≥ 1 (page must be a positive integer).', node),
            )
        },
      }
    }
    return [rule]
  }
