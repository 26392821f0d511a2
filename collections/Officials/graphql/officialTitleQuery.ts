import type { GraphQLInfo } from 'payload'

import { localeArgs, requestInLocale, type LocaleArgs } from '@/i18n/graphqlLocale'

import { titleOfOfficial } from '../titleOfOfficial'

type GraphQLModule = typeof import('graphql')

/**
 * `officialTitle(id: ID!, date: String, locale)`: an official's title on a day, today by
 * default, in the locale's position titles (`locale: en`: the English ones, Vietnamese where
 * none was written).
 */
export const officialTitleQuery = (GraphQL: GraphQLModule, info: GraphQLInfo) => ({
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
    ...localeArgs(info),
  },
  resolve: (
    _source: unknown,
    args: { id: string; date?: string | null } & LocaleArgs,
    context: { req: Parameters<typeof titleOfOfficial>[0]['req'] },
  ) => titleOfOfficial({ id: args.id, date: args.date, req: requestInLocale(context, args) }),
})
