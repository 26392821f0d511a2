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

/**
 * The depth and the number of fields of each operation, fragments expanded. Fragment cycles are
 * refused before this runs, so the walk ends.
 */
const measure = (document: DocumentNode) => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const walk = (set: SelectionSetNode, depth: number): { depth: number; fields: number } => {
    let deepest = depth
    let fields = 0
    for (const selection of set.selections) {
      const inner =
        selection.kind === Kind.FIELD
          ? selection.selectionSet
          : selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)?.selectionSet
      if (selection.kind === Kind.FIELD) fields++
      if (!inner) {
        if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, depth + 1)
        continue
      }
      const below = walk(inner, selection.kind === Kind.FIELD ? depth + 1 : depth)
      deepest = Math.max(deepest, below.depth)
      fields += below.fields
    }
    return { depth: deepest, fields }
  }
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ node: definition, ...walk(definition.selectionSet, 0) }]
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
 * What must be refused before any rule walks the document: Payload's complexity rule, which runs
 * first, recurses through fragment spreads and coerces the variables, and overflowed the stack
 * (a 500) on a fragment cycle or a where nested 5,000 deep.
 */
const refusedBeforeWalking = (args: ExecutionArgs): GraphQLError[] => {
  const cycles = validate(args.schema, args.document, [NoFragmentCyclesRule])
  if (cycles.length) return cycles.map((error) => badRequest(error.message))
  const variables = Object.entries(args.variableValues ?? {})
  const tooDeep = variables.find(([, value]) => nesting(value) > MAX_VARIABLE_NESTING)
  return tooDeep
    ? [
        badRequest(
          `Biến $${tooDeep[0]} lồng quá sâu (variable $${tooDeep[0]} nests more than ${MAX_VARIABLE_NESTING} levels).`,
        ),
      ]
    : []
}

/**
 * The GraphQL side of the public guard rails, as validation rules (Payload's `validationRules`):
 *
 * - everyone: fragment cycles and variables nested over 64 levels are a 400 (see
 *   refusedBeforeWalking), a `where` nests at most `maxWhereNesting` deep, and in
 *   production no "Did you mean …?" suggestions name fields the client did not know;
 * - anonymous clients: `limit` 1–`maxLimit`, `page` ≥ 1, no `pagination: false`, at most
 *   `maxGraphQLDepth` levels and `maxGraphQLFields` fields per operation.
 */
export const anonymousQueryRules =
  (config: SanitizedPublicAccessConfig) =>
  (args: ExecutionArgs): ValidationRule[] => {
    const refusals = refusedBeforeWalking(args)
    if (refusals.length) {
      // graphql-http validates `args.document` after asking for the rules: the refused one is
      // replaced so that no rule walks it, and the refusal is the answer.
      ;(args as { document: DocumentNode }).document = harmless
      return [
        (context) => ({ Document: () => refusals.forEach((error) => context.reportError(error)) }),
      ]
    }
    const { req } = (args.contextValue ?? {}) as { req?: { user?: unknown } }
    const isAnonymous = !req?.user
    const rule = (context: ValidationContext): ASTVisitor => {
      if (process.env.NODE_ENV === 'production') {
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
        Document(node: DocumentNode) {
          if (!isAnonymous) return
          for (const operation of measure(node)) {
            if (operation.depth > config.maxGraphQLDepth) {
              context.reportError(
                badRequest(
                  `Truy vấn sâu tối đa ${config.maxGraphQLDepth} cấp (queries nest at most ${config.maxGraphQLDepth} levels for anonymous clients; this one nests ${operation.depth}).`,
                  operation.node,
                ),
              )
            }
            if (operation.fields > config.maxGraphQLFields) {
              context.reportError(
                badRequest(
                  `Truy vấn tối đa ${config.maxGraphQLFields} trường (queries select at most ${config.maxGraphQLFields} fields for anonymous clients; this one selects ${operation.fields}).`,
                  operation.node,
                ),
              )
            }
          }
        },
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
