import { titleOfOfficial } from '../titleOfOfficial'

type GraphQLModule = typeof import('graphql')

/** `officialTitle(id: ID!, date: String)`: an official's title on a day, today by default. */
export const officialTitleQuery = (GraphQL: GraphQLModule) => ({
  type: new GraphQL.GraphQLObjectType({
    name: 'OfficialTitle',
    fields: {
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      fullName: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      date: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      title: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
  }),
  args: {
    id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
    date: {
      type: GraphQL.GraphQLString,
      description: 'A day as YYYY-MM-DD in Vietnam; today when absent.',
    },
  },
  resolve: (
    _source: unknown,
    args: { id: string; date?: string | null },
    context: { req: Parameters<typeof titleOfOfficial>[0]['req'] },
  ) => titleOfOfficial({ id: args.id, date: args.date, req: context.req }),
})
