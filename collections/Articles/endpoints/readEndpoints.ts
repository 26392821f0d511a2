import type { Endpoint } from 'payload'

import { articleBySlug } from '../read/articleBySlug'
import { articlesOfDay } from '../read/articlesOfDay'
import { daysWithArticles } from '../read/daysWithArticles'
import { latestInCategory } from '../read/latestInCategory'
import { newsOfUnits } from '../read/newsOfUnits'
import { searchArticles } from '../read/searchArticles'

const query = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * The portal's questions over REST, published content only for anonymous clients:
 * GET /api/articles/latest?category=<slug>&page=&limit=&subcategories=false
 * GET /api/articles/by-slug/<slug>?related=5
 * GET /api/articles/by-day/<YYYY-MM-DD>?page=&limit=
 * GET /api/articles/days?month=<YYYY-MM>
 * GET /api/articles/search?q=&language=vi|en&page=&limit= (the site: ?site=, X-Site or the host)
 * GET /api/articles/from-units?page=&limit=
 */
export const readEndpoints: Endpoint[] = [
  {
    path: '/latest',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await latestInCategory({
          req,
          category: query(req.query.category) ?? '',
          includeSubcategories: req.query.subcategories !== 'false',
          page: req.query.page,
          limit: req.query.limit,
        }),
      ),
  },
  {
    path: '/by-slug/:slug',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await articleBySlug({
          req,
          slug: String(req.routeParams?.slug),
          related: req.query.related ?? 5,
        }),
      ),
  },
  {
    path: '/by-day/:date',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await articlesOfDay({
          req,
          date: String(req.routeParams?.date),
          page: req.query.page,
          limit: req.query.limit,
        }),
      ),
  },
  {
    path: '/days',
    method: 'get',
    handler: async (req) =>
      Response.json({ days: await daysWithArticles({ req, month: query(req.query.month) ?? '' }) }),
  },
  {
    path: '/from-units',
    method: 'get',
    handler: async (req) =>
      Response.json(await newsOfUnits({ req, page: req.query.page, limit: req.query.limit })),
  },
  {
    path: '/search',
    method: 'get',
    handler: async (req) =>
      Response.json(
        await searchArticles({
          req,
          q: query(req.query.q) ?? '',
          language: query(req.query.language),
          page: req.query.page,
          limit: req.query.limit,
        }),
      ),
  },
]
