import type { GraphQLInfo, PayloadRequest } from 'payload'

import { siteForHost } from '@/sites/siteForHost'
import { siteOfPayloadRequest } from '@/sites/siteOfRequest'

import { articleBySlug } from './Articles/read/articleBySlug'
import { articlesOfDay } from './Articles/read/articlesOfDay'
import { daysWithArticles } from './Articles/read/daysWithArticles'
import { latestInCategory } from './Articles/read/latestInCategory'
import { newsOfUnits } from './Articles/read/newsOfUnits'
import { searchArticles } from './Articles/read/searchArticles'
import { meetingsOf } from './Meetings/read/meetingsOf'

type GraphQLModule = typeof import('graphql')
type Context = { req: PayloadRequest }

/**
 * The portal's questions in GraphQL, answered with Payload's own Article and Meeting types (so
 * every field and relation a front end already queries works). Depth 0: GraphQL resolves links.
 */
export const readQueries = (GraphQL: GraphQLModule, info: GraphQLInfo) => {
  const {
    GraphQLBoolean,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    GraphQLID,
  } = GraphQL
  const article = info.collections.articles.graphQL!
  const site = info.collections.sites.graphQL!
  // The list types Payload put in the schema for `Articles` and `Meetings` (reusing them, not
  // the collections' own copies, keeps one type per name).
  const articlePage = (info.Query.fields as Record<string, { type: never }>).Articles.type
  const meetingPage = (info.Query.fields as Record<string, { type: never }>).Meetings.type
  const paging = { page: { type: GraphQLInt }, limit: { type: GraphQLInt } }
  /** `meetingsOfOfficial(id)` and `meetingsOfUnit(id)`: one query each, the same arguments. */
  const meetingsOfQuery = (by: 'official' | 'unit') => ({
    type: meetingPage,
    args: { id: { type: new GraphQLNonNull(GraphQLID) }, ...paging },
    resolve: (
      _: unknown,
      { id, ...args }: { id: string; page?: number; limit?: number },
      { req }: Context,
    ) =>
      meetingsOf({
        req,
        depth: 0,
        ...(by === 'official' ? { official: id } : { unit: id }),
        ...args,
      }),
  })

  return {
    latestArticles: {
      type: articlePage,
      args: {
        category: { type: new GraphQLNonNull(GraphQLString), description: 'Category slug' },
        includeSubcategories: { type: GraphQLBoolean, defaultValue: true },
        ...paging,
      },
      resolve: (
        _: unknown,
        args: { category: string; includeSubcategories: boolean; page?: number; limit?: number },
        { req }: Context,
      ) => latestInCategory({ req, api: 'graphql', ...args }),
    },
    articleBySlug: {
      type: new GraphQLObjectType({
        name: 'ArticleWithRelated',
        fields: {
          article: { type: new GraphQLNonNull(article.type) },
          related: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(article.type))) },
        },
      }),
      args: {
        slug: { type: new GraphQLNonNull(GraphQLString) },
        related: { type: GraphQLInt, defaultValue: 5 },
      },
      resolve: (_: unknown, args: { slug: string; related: number }, { req }: Context) =>
        articleBySlug({ req, api: 'graphql', ...args }),
    },
    articlesByDay: {
      type: articlePage,
      args: {
        date: { type: new GraphQLNonNull(GraphQLString), description: 'YYYY-MM-DD, Vietnam time' },
        ...paging,
      },
      resolve: (
        _: unknown,
        args: { date: string; page?: number; limit?: number },
        { req }: Context,
      ) => articlesOfDay({ req, api: 'graphql', ...args }),
    },
    daysWithArticles: {
      type: new GraphQLNonNull(
        new GraphQLList(
          new GraphQLNonNull(
            new GraphQLObjectType({
              name: 'DayWithArticles',
              fields: {
                date: { type: new GraphQLNonNull(GraphQLString) },
                count: { type: new GraphQLNonNull(GraphQLInt) },
              },
            }),
          ),
        ),
      ),
      args: { month: { type: new GraphQLNonNull(GraphQLString), description: 'YYYY-MM' } },
      resolve: (_: unknown, args: { month: string }, { req }: Context) =>
        daysWithArticles({ req, ...args }),
    },
    searchArticles: {
      type: new GraphQLObjectType({
        name: 'ArticleSearchResult',
        fields: {
          docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(article.type))) },
          totalDocs: { type: new GraphQLNonNull(GraphQLInt) },
          page: { type: new GraphQLNonNull(GraphQLInt) },
          limit: { type: new GraphQLNonNull(GraphQLInt) },
        },
      }),
      args: { q: { type: new GraphQLNonNull(GraphQLString) }, ...paging },
      resolve: (_: unknown, args: { q: string; page?: number; limit?: number }, { req }: Context) =>
        searchArticles({ req, api: 'graphql', ...args }),
    },
    currentSite: {
      type: site.type,
      description:
        'The site this request reads (its Host, ?site= or X-Site), or the one a request on `host` would read',
      args: { host: { type: GraphQLString } },
      resolve: async (_: unknown, { host }: { host?: string | null }, { req }: Context) => {
        const entry = host ? await siteForHost(req.payload, host) : await siteOfPayloadRequest(req)
        if (!entry) return null
        return req.payload.findByID({
          collection: 'sites',
          id: entry.id,
          depth: 0,
          req,
          overrideAccess: false,
        })
      },
    },
    articlesFromUnits: {
      type: articlePage,
      description: 'Tin từ các đơn vị: the latest articles of the sites below this one',
      args: paging,
      resolve: (_: unknown, args: { page?: number; limit?: number }, { req }: Context) =>
        newsOfUnits({ req, api: 'graphql', ...args }),
    },
    meetingsOfOfficial: meetingsOfQuery('official'),
    meetingsOfUnit: meetingsOfQuery('unit'),
  }
}
