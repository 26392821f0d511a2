import {
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { PUBLIC_MAX_LIMIT } from '../hooks/limitPublicReads'

const valueOf = (node: ValueNode, variables: ExecutionArgs['variableValues']): unknown => {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * The GraphQL side of the anonymous limits: any `limit` argument must be 1–50 and
 * `pagination: false` is refused, whether written in the query or passed as a variable.
 */
export const publicLimitsRule =
  (args: ExecutionArgs): ValidationRule =>
  (context: ValidationContext) => {
    const { req } = (args.contextValue ?? {}) as { req?: { user?: unknown } }
    if (req?.user) return {}
    return {
      Argument(node) {
        const value = valueOf(node.value, args.variableValues)
        const isBadLimit =
          node.name.value === 'limit' &&
          typeof value === 'number' &&
          (value < 1 || value > PUBLIC_MAX_LIMIT)
        const isNoPagination = node.name.value === 'pagination' && value === false
        if (isBadLimit || isNoPagination) {
          context.reportError(
            new GraphQLError(
              `Mỗi trang tối đa ${PUBLIC_MAX_LIMIT} mục (limit must be 1–${PUBLIC_MAX_LIMIT} for anonymous clients).`,
              { nodes: [node], extensions: { statusCode: 400 } },
            ),
          )
        }
      },
    }
  }
