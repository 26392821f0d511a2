import os from 'node:os'

import { paths } from '@/portal/components/paths'
import { articleBySlugQuery, RELATED_COUNT } from '@/portal/queries/articlePage'
import {
  CATEGORY_PAGE_SIZE,
  categoryArticlesQuery,
  categoryQuery,
} from '@/portal/queries/categoryPage'

import { load, type LoadResult } from './load'
import { readSamples } from './samples'

/** A portal page and the GraphQL query behind it, sent as the portal's data layer sends it. */
type PortalPair = {
  name: string
  pages: string[]
  queries: string[]
  /** What the page must print of its query's answer (the article's title, the category's name). */
  printed: (data: unknown) => string
}

export type PortalResult = Record<
  string,
  {
    page: LoadResult
    api: LoadResult
    /** The machine's 1-minute load average before the runs. */
    load: number
  }
>

/** How many sampled articles the article page is opened for (a portal's readers crowd onto few). */
const ARTICLE_PAGES = 100

const graphql = async (origin: string, body: string) => {
  const response = await fetch(`${origin}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
  if (!response.ok || json.errors?.length || !json.data) {
    throw new Error(`The API answered ${response.status} to ${body.slice(0, 80)}…`)
  }
  return json.data
}

/**
 * The article page (`/tin/<slug>`) beside `articleBySlug`, and the first three pages of the
 * root category (`/chuyen-muc/<slug>`) beside its `latestArticles` query: the portal's own query
 * documents (src/portal/queries) with the variables its pages send.
 */
const portalPairs = async (origin: string, samplesFile: string): Promise<PortalPair[]> => {
  const samples = readSamples(samplesFile)
  const articles = samples.articles.slice(0, ARTICLE_PAGES)
  const { Categories } = (await graphql(
    origin,
    JSON.stringify({ query: categoryQuery, variables: { slug: samples.category } }),
  )) as { Categories: { docs: { id: string; name: string }[] } }
  const category = Categories.docs[0]
  if (!category) throw new Error(`No category ${samples.category} to open`)
  const categoryPages = [1, 2, 3]
  return [
    {
      name: 'article page',
      pages: articles.map((article) => paths.article(article.slug)),
      queries: articles.map((article) =>
        JSON.stringify({
          query: articleBySlugQuery,
          variables: { slug: article.slug, related: RELATED_COUNT },
        }),
      ),
      printed: (data) =>
        (data as { articleBySlug: { article: { title: string } } }).articleBySlug.article.title,
    },
    {
      name: 'category page',
      pages: categoryPages.map((page) => paths.category(samples.category, page)),
      queries: categoryPages.map((page) =>
        JSON.stringify({
          query: categoryArticlesQuery,
          variables: { id: category.id, slug: samples.category, page, limit: CATEGORY_PAGE_SIZE },
        }),
      ),
      printed: () => category.name,
    },
  ]
}

/** HTML escapes React applies to text, so that a title is found in the page as printed. */
const asHtmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Runs `jobs` four at a time. */
const fourAtATime = async (jobs: (() => Promise<void>)[]) => {
  const queue = [...jobs]
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job()
    }),
  )
}

/** Sends every query once: answers that ran out of the read cache's 60 s are made again. */
const sendAll = (origin: string, pair: PortalPair) =>
  fourAtATime(pair.queries.map((query) => async () => void (await graphql(origin, query))))

/**
 * Opens every page once, failing on one that does not answer 200 with what it must print of its
 * query's answer: the measured run then reads warm caches, as most readers do.
 */
const openAll = (origin: string, pair: PortalPair) =>
  fourAtATime(
    pair.pages.map((page, index) => async () => {
      const expected = pair.printed(await graphql(origin, pair.queries[index] ?? ''))
      const response = await fetch(origin + page)
      const html = await response.text()
      if (!response.ok || !html.includes(asHtmlText(expected))) {
        throw new Error(`${page} answered ${response.status} without "${expected}"`)
      }
    }),
  )

/**
 * Each portal page and its query, on one server, in one run: the query (POST /api/graphql), then
 * the page (GET, HTML as a reader's browser receives it), each a short warm-up then `seconds`.
 */
export const measurePortal = async ({
  origin,
  samplesFile,
  connections,
  seconds,
}: {
  origin: string
  samplesFile: string
  connections: number
  seconds: number
}): Promise<PortalResult> => {
  const results: PortalResult = {}
  for (const pair of await portalPairs(origin, samplesFile)) {
    const loadBefore = os.loadavg()[0] ?? 0
    // Caches filled just before each run: on a busy machine, opening every page first can take
    // longer than the read cache keeps an answer.
    const run = async (
      label: string,
      target: { paths: string[]; bodies?: string[] },
      warm: () => Promise<void>,
    ) => {
      await warm()
      await load({ origin, ...target, connections, seconds: 2 })
      const result = await load({ origin, ...target, connections, seconds })
      console.log(
        `  ${pair.name}, ${label}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`,
      )
      return result
    }
    await openAll(origin, pair)
    const api = await run(
      'API query',
      { paths: pair.queries.map(() => '/api/graphql'), bodies: pair.queries },
      () => sendAll(origin, pair),
    )
    const page = await run('page', { paths: pair.pages }, () => openAll(origin, pair))
    results[pair.name] = { page, api, load: Math.round(loadBefore * 10) / 10 }
  }
  return results
}
