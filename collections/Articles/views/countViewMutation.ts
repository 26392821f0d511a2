import type { PayloadRequest } from 'payload'

import { countArticleView } from '@/endpoints/countView'

type GraphQLModule = typeof import('graphql')

/** `countArticleView(id: ID!)`: the view counter for GraphQL front ends. */
export const countViewMutation = (GraphQL: GraphQLModule) => ({
  type: new GraphQL.GraphQLObjectType({
    name: 'ArticleViewCount',
    fields: {
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      views: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
    },
  }),
  args: { id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) } },
  resolve: async (_source: unknown, { id }: { id: string }, { req }: { req: PayloadRequest }) => ({
    id,
    views: await countArticleView({
      payload: req.payload,
      id,
      headers: req.headers,
      searchParams: req.searchParams,
    }),
  }),
})
