import type { GraphQLInfo, PayloadRequest } from 'payload'

import { localeArgs, requestInLocale, type LocaleArgs } from '@/i18n/graphqlLocale'
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
type Located<Args> = Args & LocaleArgs

/**
 * The portal's questions in GraphQL, answered with Payload's own Article and Meeting types (so
 * every field and relation a front end already queries works). Depth 0: GraphQL resolves links.
 * Each takes `locale` (and `fallbackLocale`) as Payload's own queries do: the articles' language
 * and the locale of the names read with them.
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
  const paging = { page: { type: GraphQLInt }, limit: { type: GraphQLInt }, ...localeArgs(info) }
  /** `meetingsOfOfficial(id)` and `meetingsOfUnit(id)`: one query each, the same arguments. */
  const meetingsOfQuery = (by: 'official' | 'unit') => ({
    type: meetingPage,
    args: { id: { type: new GraphQLNonNull(GraphQLID) }, ...paging },
    resolve: (
      _: unknown,
      {
        id,
        locale,
        fallbackLocale,
        ...args
      }: Located<{ id: string; page?: number; limit?: number }>,
      context: Context,
    ) =>
      meetingsOf({
        req: requestInLocale(context, { locale, fallbackLocale }),
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
        {
          locale,
          fallbackLocale,
          ...args
        }: Located<{
          category: string
          includeSubcategories: boolean
          page?: number
          limit?: number
        }>,
        context: Context,
      ) =>
        latestInCategory({
          req: requestInLocale(context, { locale, fallbackLocale }),
          api: 'graphql',
          ...args,
        }),
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
        ...localeArgs(info),
      },
      resolve: (
        _: unknown,
        { locale, fallbackLocale, ...args }: Located<{ slug: string; related: number }>,
        context: Context,
      ) =>
        articleBySlug({
          req: requestInLocale(context, { locale, fallbackLocale }),
          api: 'graphql',
          ...args,
        }),
    },
    articlesByDay: {
      type: articlePage,
      args: {
        date: { type: new GraphQLNonNull(GraphQLString), description: 'YYYY-MM-DD, Vietnam time' },
        ...paging,
      },
      resolve: (
        _: unknown,
        {
          locale,
          fallbackLocale,
          ...args
        }: Located<{ date: string; page?: number; limit?: number }>,
        context: Context,
      ) =>
        articlesOfDay({
          req: requestInLocale(context, { locale, fallbackLocale }),
          api: 'graphql',
          ...args,
        }),
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
      args: {
        month: { type: new GraphQLNonNull(GraphQLString), description: 'YYYY-MM' },
        ...localeArgs(info),
      },
      resolve: (
        _: unknown,
        { locale, fallbackLocale, month }: Located<{ month: string }>,
        context: Context,
      ) => daysWithArticles({ req: requestInLocale(context, { locale, fallbackLocale }), month }),
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
      args: {
        q: { type: new GraphQLNonNull(GraphQLString) },
        language: { type: GraphQLString, description: 'vi or en (default: the locale)' },
        ...paging,
      },
      resolve: (
        _: unknown,
        {
          locale,
          fallbackLocale,
          ...args
        }: Located<{ q: string; language?: string; page?: number; limit?: number }>,
        context: Context,
      ) =>
        searchArticles({
          req: requestInLocale(context, { locale, fallbackLocale }),
          api: 'graphql',
          ...args,
          language: args.language ?? locale ?? undefined,
        }),
    },
    currentSite: {
      type: site.type,
      description:
        'The site this request reads (its Host, ?site= or X-Site), or the one a request on `host` would read',
      args: { host: { type: GraphQLString }, ...localeArgs(info) },
      resolve: async (
        _: unknown,
        { host, locale, fallbackLocale }: Located<{ host?: string | null }>,
        context: Context,
      ) => {
        const req = requestInLocale(context, { locale, fallbackLocale })
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
      resolve: (
        _: unknown,
        { locale, fallbackLocale, ...args }: Located<{ page?: number; limit?: number }>,
        context: Context,
      ) =>
        newsOfUnits({
          req: requestInLocale(context, { locale, fallbackLocale }),
          api: 'graphql',
          ...args,
        }),
    },
    meetingsOfOfficial: meetingsOfQuery('official'),
    meetingsOfUnit: meetingsOfQuery('unit'),
  }
}
