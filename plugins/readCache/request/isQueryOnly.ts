import { Kind, parse, type OperationDefinitionNode } from 'graphql'

import type { GraphqlBody } from './graphqlCacheKey'

/**
 * True when the document parses, every operation in it is a query, and `operationName` picks
 * one of them (or, without it, there is exactly one). A document holding any mutation is never
 * cached, whichever operation the request names: `countArticleView` must always run.
 */
export const isQueryOnly = ({ query, operationName }: GraphqlBody): boolean => {
  let operations: OperationDefinitionNode[]
  try {
    operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )
  } catch {
    return false
  }
  if (!operations.every((operation) => operation.operation === 'query')) return false
  return operationName
    ? operations.some((operation) => operation.name?.value === operationName)
    : operations.length === 1
}
