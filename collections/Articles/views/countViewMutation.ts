import { APIError, type PayloadRequest } from 'payload'

import { appDatabase } from '@/database/appDatabase'

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
  resolve: async (_source: unknown, { id }: { id: string }, { req }: { req: PayloadRequest }) => {
    const views = await appDatabase(req.payload).incrementViews(id)
    if (views === null) {
      throw new APIError(
        `Không có bài đã xuất bản ${id} (no published article ${id}).`,
        404,
        undefined,
        true,
      )
    }
    return { id, views }
  },
})
