import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ArticleView } from '@/portal/components/ArticleView'
import { getArticlePage } from '@/portal/queries/articlePage'
import { articleMetadata } from '@/portal/seo/articleMetadata'
import { newsArticle } from '@/portal/seo/structuredData'
import { transition } from '@plugins/newsroom'

import { startApiServer, type ApiServer } from '../helpers/apiServer'
import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

/**
 * A republication on the portal, as the article page reads it over real HTTP from the API
 * (`PORTAL_API_URL`): the original byline, "Nguồn: <site>" linking to the source, JSON-LD
 * `isBasedOn` and the canonical link to the source's page.
 */

let payload: Payload
let api: ApiServer
let slug: string
let sourceUrl: string

beforeAll(async () => {
  payload = await testPayload()
  api = await startApiServer()
  process.env.PORTAL_API_URL = api.url
  const province = await payload.create({
    collection: 'sites',
    data: { name: 'Cổng TTĐT tỉnh Bắc Kạn', languages: ['vi'] },
  })
  const city = await payload.create({
    collection: 'sites',
    data: {
      name: 'Trang TTĐT thành phố Bắc Kạn',
      parent: province.id,
      languages: ['vi'],
      hosts: [{ host: 'thanhpho.backan.example' }],
    },
  })
  const contributor = await payload.create({
    collection: 'contributors',
    data: { name: 'Nguyễn Thị Hoa', penName: 'Thu Hoa' },
  })
  const source = await payload.create({
    collection: 'articles',
    data: {
      title: 'Thành phố Bắc Kạn ra quân làm sạch đường phố',
      lead: 'Sáng nay, hàng trăm đoàn viên ra quân.',
      site: city.id,
      byline: [{ person: { relationTo: 'contributors', value: contributor.id }, role: 'text' }],
    },
  })
  await placeInStage(payload, source.id, 'published')
  sourceUrl = `http://thanhpho.backan.example/tin/${source.slug}`

  const editorInChief = await createUser(payload, ['editorInChief'])
  const { json } = await rest('POST', `/articles/${source.id}/republish`, {
    token: await login(editorInChief.email, TEST_PASSWORD),
    body: { site: province.id },
  })
  for (const to of ['submitted', 'edited', 'approved', 'published']) {
    await transition({ payload, collection: 'articles', id: json.doc.id, to, user: editorInChief })
  }
  slug = json.doc.slug
})

afterAll(async () => {
  delete process.env.PORTAL_API_URL
  await api.close()
})

describe('a republication on the portal', () => {
  it('should print the original byline and "Nguồn:" linking to the source', async () => {
    const { article } = await getArticlePage(slug)
    const html = renderToStaticMarkup(
      createElement(ArticleView, { article, related: [], month: '2026-12', days: [] }),
    )
    expect(html).toContain('<p class="article__byline">Thu Hoa</p>')
    expect(html).toContain(
      `<p class="article__source">Nguồn: <a href="${sourceUrl}" rel="noopener">Trang TTĐT thành phố Bắc Kạn</a></p>`,
    )
  })

  it('should point search engines to the source: isBasedOn and the canonical link', async () => {
    const { article } = await getArticlePage(slug)
    expect(newsArticle({ article, settings: null }).isBasedOn).toEqual({
      '@type': 'NewsArticle',
      url: sourceUrl,
      publisher: { '@type': 'Organization', name: 'Trang TTĐT thành phố Bắc Kạn' },
    })
    expect(articleMetadata(article).alternates?.canonical).toBe(sourceUrl)
  })
})
