import { readFileSync, writeFileSync } from 'node:fs'

import type { Payload } from 'payload'

import { seededRandom } from './dataset/random'

type Samples = { category: string; articles: { id: string; slug: string; publishedAt: string }[] }

/**
 * What the load asks for, picked through the Local API (so on either database) when a data set
 * has grown: a root category (its page spans sub-categories) and published articles drawn from
 * the whole set, not only the newest.
 */
export const writeSamples = async (payload: Payload, file: string) => {
  const random = seededRandom(7)
  const [root] = (
    await payload.find({
      collection: 'categories',
      where: { parent: { exists: false } },
      sort: 'createdAt',
      limit: 1,
    })
  ).docs
  const total = (
    await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
  ).totalDocs
  const pages = new Set(
    Array.from({ length: 10 }, () => random.int(1, Math.max(1, Math.floor(total / 100)))),
  )
  const articles: Samples['articles'] = []
  for (const page of pages) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      select: { slug: true, publishedAt: true },
      sort: '-publishedAt',
      limit: 100,
      page,
      depth: 0,
    })
    articles.push(
      ...docs.map((doc) => ({
        id: doc.id,
        slug: doc.slug ?? '',
        publishedAt: doc.publishedAt ?? '',
      })),
    )
  }
  writeFileSync(file, JSON.stringify({ category: root?.slug ?? '', articles } satisfies Samples))
}

/** The samples `writeSamples` picked for the current data set. */
export const readSamples = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Samples

/** The request paths of each scenario, from the samples of the current data set. */
export const samplePaths = (file: string) => {
  const { category, articles } = readSamples(file)
  const random = seededRandom(11)
  const shuffle = <T>(items: T[]) =>
    items
      .map((item) => [random.next(), item] as const)
      .sort(([a], [b]) => a - b)
      .map(([, item]) => item)
  const days = [...new Set(articles.map((article) => article.publishedAt.slice(0, 10)))]
  return {
    categoryPages: [1, 2, 3].map(
      (page) => `/api/articles/latest?category=${category}&page=${page}&limit=20`,
    ),
    articles: shuffle(articles.map((article) => `/api/articles/by-slug/${article.slug}?related=5`)),
    days: shuffle(days.map((day) => `/api/articles/by-day/${day}?limit=50`)),
    searches: [
      'bac kan',
      'hội nghị',
      'Phùng Chí Kiên',
      'kiểm điểm',
      'giải phóng mặt bằng',
      'Ba Bể',
      'chuyển đổi số',
      'UBND huyện Na Rì',
    ].map((q) => `/api/articles/search?q=${encodeURIComponent(q)}`),
    views: shuffle(articles.map((article) => `/api/articles/${article.id}/view`)).slice(0, 200),
  }
}
