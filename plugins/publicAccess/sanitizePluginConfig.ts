import type { PublicAccessPluginOptions, SanitizedPublicAccessConfig } from './types'

const fail = (message: string): never => {
  throw new Error(`[publicAccess plugin] ${message}`)
}

const isPositiveInteger = (value: number) => Number.isInteger(value) && value > 0

/** Applies the defaults once and refuses bounds that would not bound anything. */
export const sanitizePluginConfig = (
  options: PublicAccessPluginOptions,
): SanitizedPublicAccessConfig => {
  const config: SanitizedPublicAccessConfig = {
    publicFields: options.publicFields,
    maxLimit: options.maxLimit ?? 50,
    maxDepth: options.maxDepth ?? 2,
    maxWhereNesting: options.maxWhereNesting ?? 8,
    maxWhereConditions: options.maxWhereConditions ?? 50,
    maxGraphQLDepth: options.maxGraphQLDepth ?? 6,
    maxGraphQLFields: options.maxGraphQLFields ?? 200,
  }
  if (!config.publicFields || typeof config.publicFields !== 'object') {
    fail('`publicFields` must map collection slugs to the field paths anonymous clients may read.')
  }
  for (const key of [
    'maxLimit',
    'maxWhereNesting',
    'maxWhereConditions',
    'maxGraphQLDepth',
    'maxGraphQLFields',
  ] as const) {
    if (!isPositiveInteger(config[key]))
      fail(`\`${key}\` must be a positive integer (got ${config[key]}).`)
  }
  if (!(Number.isInteger(config.maxDepth) && config.maxDepth >= 0)) {
    fail(`\`maxDepth\` must be an integer, 0 or more (got ${config.maxDepth}).`)
  }
  return config
}
