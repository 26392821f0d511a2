export type PublicAccessPluginOptions = {
  /**
   * For each collection or global slug, the fields an anonymous client may read, filter and sort
   * on, as dotted paths (`'byline.displayName'`; a group or array listed whole opens its
   * sub-fields). Every other field, whichever plugin added it, is readable by logged-in users
   * only. A collection or global left out has no public fields.
   */
  publicFields: Record<string, string[]>
  /**
   * The most documents an anonymous client gets per page (REST `limit`, GraphQL `limit`, join
   * `limit`).
   * @default 50
   */
  maxLimit?: number
  /**
   * The deepest REST population (`depth`) for anonymous clients.
   * @default 2
   */
  maxDepth?: number
  /**
   * The deepest `and`/`or` nesting of a `where`, for everyone (the app's own queries nest two).
   * @default 8
   */
  maxWhereNesting?: number
  /**
   * The most conditions one `where` may hold, for anonymous clients.
   * @default 50
   */
  maxWhereConditions?: number
  /**
   * The deepest selection of an anonymous GraphQL query, counting every field level
   * (`{ Articles { docs { category { name } } } }` is 4).
   * @default 6
   */
  maxGraphQLDepth?: number
  /**
   * The most fields an anonymous GraphQL query may select in all, fragments expanded and
   * aliases counted.
   * @default 200
   */
  maxGraphQLFields?: number
}

export type SanitizedPublicAccessConfig = Required<PublicAccessPluginOptions>
