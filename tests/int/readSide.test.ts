import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { transition } from '@plugins/newsroom'

import { graphql, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

let payload: Payload
let chief: Awaited<ReturnType<typeof createUser>>
const ids: Record<string, string> = {}
let newsId: string
let leadersId: string

const published = async (
  key: string,
  data: { title: string; lead?: string; publishedAt: string; category?: string },
) => {
  ids[key] = await articleInStage(payload, 'draft', data)
  await payload.update({ collection: 'articles', id: ids[key], data: { category: data.category } })
  await transition({
    payload,
    collection: 'articles',
    id: ids[key],
    to: 'published',
    user: null,
    systemActor: 'import',
  })
}

const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  chief = await createUser(payload, ['editorInChief'])
  newsId = (await payload.create({ collection: 'categories', data: { name: 'Tin tức' } })).id
  leadersId = (
    await payload.create({
      collection: 'categories',
      data: { name: 'Hoạt động lãnh đạo', parent: newsId },
    })
  ).id

  await published('late30', {
    title: 'Họp cuối ngày ở Bắc Kạn',
    publishedAt: '2020-12-30T16:59:59.000Z',
    category: leadersId,
  })
  await published('early31', {
    title: 'Tin sáng sớm',
    lead: 'Lãnh đạo tỉnh Bắc Kạn làm việc',
    publishedAt: '2020-12-30T17:00:00.000Z',
    category: leadersId,
  })
  await published('news', {
    title: 'Văn hoá và đời sống',
    publishedAt: '2020-12-29T02:00:00.000Z',
    category: newsId,
  })
  await published('dang', {
    title: 'Đảng bộ thành phố họp mở rộng',
    publishedAt: '2020-12-16T03:00:00.000Z',
    category: leadersId,
  })
  ids.draft = await articleInStage(payload, 'approved', {
    title: 'Bản nháp Bắc Kạn chưa đăng',
    publishedAt: '2020-12-30T05:00:00.000Z',
  })
  await payload.update({ collection: 'articles', id: ids.draft, data: { category: leadersId } })
})

describe('latest articles of a category', () => {
  it('should include sub-categories, newest first, published only, over REST and GraphQL', async () => {
    const { json } = await rest('GET', '/articles/latest?category=tin-tuc&limit=10')
    expect(titles(json.docs)).toEqual([
      'Tin sáng sớm',
      'Họp cuối ngày ở Bắc Kạn',
      'Văn hoá và đời sống',
      'Đảng bộ thành phố họp mở rộng',
    ])
    expect(json.docs[0]).toMatchObject({
      category: { name: 'Hoạt động lãnh đạo' },
      publishedAtDisplay: 'Thứ 5, 31/12/2020 | 00:00:00',
    })
    const gql = await graphql(
      '{ latestArticles(category: "tin-tuc", limit: 2) { totalDocs hasNextPage docs { title bylineText publishedAtDisplay category { slug } } } }',
    )
    expect(gql.json.data.latestArticles).toMatchObject({ totalDocs: 4, hasNextPage: true })
    expect(gql.json.data.latestArticles.docs[1]).toEqual({
      title: 'Họp cuối ngày ở Bắc Kạn',
      bylineText: '',
      publishedAtDisplay: 'Thứ 4, 30/12/2020 | 23:59:59',
      category: { slug: 'hoat-dong-lanh-dao' },
    })
  })

  it('should leave out sub-categories on request, and 404 an unknown category', async () => {
    const { json } = await rest('GET', '/articles/latest?category=tin-tuc&subcategories=false')
    expect(titles(json.docs)).toEqual(['Văn hoá và đời sống'])
    expect((await rest('GET', '/articles/latest?category=khong-co')).status).toBe(404)
  })
})

describe('one article with related news', () => {
  it('should give related articles of the same category, newest first, itself and drafts excluded', async () => {
    const { json } = await rest('GET', '/articles/by-slug/dang-bo-thanh-pho-hop-mo-rong?related=5')
    expect(json.article.title).toBe('Đảng bộ thành phố họp mở rộng')
    expect(titles(json.related)).toEqual(['Tin sáng sớm', 'Họp cuối ngày ở Bắc Kạn'])
    const gql = await graphql(
      '{ articleBySlug(slug: "tin-sang-som", related: 1) { article { title } related { title } } }',
    )
    expect(gql.json.data.articleBySlug).toEqual({
      article: { title: 'Tin sáng sớm' },
      related: [{ title: 'Họp cuối ngày ở Bắc Kạn' }],
    })
  })

  it('should not find a draft by slug, and refuse a silly related count', async () => {
    expect((await rest('GET', '/articles/by-slug/ban-nhap-bac-kan-chua-dang')).status).toBe(404)
    expect((await rest('GET', '/articles/by-slug/tin-sang-som?related=500')).status).toBe(400)
  })
})

describe('the shapes REST answers in', () => {
  it('should list articles without their bodies, and give an article page its body and links but no newsroom internals', async () => {
    const list = (await rest('GET', '/articles/latest?category=tin-tuc')).json.docs[0]
    expect(Object.keys(list).sort()).toEqual(
      [
        'id',
        'title',
        'slug',
        'language',
        'lead',
        'publishedAt',
        'publishedAtDisplay',
        'byline',
        'bylineText',
        'category',
        'featuredImage',
        'views',
      ].sort(),
    )
    expect(list.category).toEqual({
      id: leadersId,
      name: 'Hoạt động lãnh đạo',
      slug: 'hoat-dong-lanh-dao',
      parent: newsId,
      untranslatedFields: [],
    })
    const { article, related } = (await rest('GET', '/articles/by-slug/tin-sang-som?related=1'))
      .json
    expect(article).toMatchObject({
      title: 'Tin sáng sớm',
      lead: 'Lãnh đạo tỉnh Bắc Kạn làm việc',
      meeting: null,
      officials: [],
      units: [],
    })
    expect(article).toHaveProperty('body')
    for (const internal of [
      'workflowStage',
      'workflowAssignee',
      'createdBy',
      'importKey',
      'publishedBy',
      'searchText',
    ]) {
      expect(article).not.toHaveProperty(internal)
    }
    expect(related[0]).not.toHaveProperty('body')
    expect((await rest('GET', '/articles/search?q=bac+kan')).json.docs[0]).not.toHaveProperty(
      'body',
    )
  })
})

describe('articles by day', () => {
  it('should put 16:59:59 UTC on the 30th and 17:00 UTC on the 31st, Vietnam time', async () => {
    expect(titles((await rest('GET', '/articles/by-day/2020-12-30')).json.docs)).toEqual([
      'Họp cuối ngày ở Bắc Kạn',
    ])
    expect(titles((await rest('GET', '/articles/by-day/2020-12-31')).json.docs)).toEqual([
      'Tin sáng sớm',
    ])
    const gql = await graphql('{ articlesByDay(date: "2020-12-31") { docs { title } } }')
    expect(gql.json.data.articlesByDay.docs).toEqual([{ title: 'Tin sáng sớm' }])
  })

  it('should list the days of a month that have articles, drafts not counted', async () => {
    const { json } = await rest('GET', '/articles/days?month=2020-12')
    expect(json.days).toEqual([
      { date: '2020-12-16', count: 1 },
      { date: '2020-12-29', count: 1 },
      { date: '2020-12-30', count: 1 },
      { date: '2020-12-31', count: 1 },
    ])
    expect(
      (await graphql('{ daysWithArticles(month: "2020-12") { date } }')).json.data.daysWithArticles,
    ).toHaveLength(4)
  })

  it('should refuse malformed days and months with 400', async () => {
    expect((await rest('GET', '/articles/by-day/30-12-2020')).status).toBe(400)
    expect((await rest('GET', '/articles/days?month=2020-13')).status).toBe(400)
  })
})

describe('search that ignores accents', () => {
  const search = async (q: string) =>
    titles((await rest('GET', `/articles/search?q=${encodeURIComponent(q)}`)).json.docs)

  it('should find the same articles for "bac kan", "Bắc Kạn" and "BAC KAN", title hits first', async () => {
    const expected = ['Họp cuối ngày ở Bắc Kạn', 'Tin sáng sớm']
    expect(await search('bac kan')).toEqual(expected)
    expect(await search('Bắc Kạn')).toEqual(expected)
    expect(await search('BAC KAN')).toEqual(expected)
  })

  it('should match đ with d, and old with new tone placement', async () => {
    expect(await search('dang bo')).toEqual(['Đảng bộ thành phố họp mở rộng'])
    expect(await search('văn hóa')).toEqual(['Văn hoá và đời sống'])
    expect(await search('van hoa'.normalize('NFD'))).toEqual(['Văn hoá và đời sống'])
  })

  it('should never return a draft, and follow a published correction', async () => {
    expect(await search('"chua dang"')).toEqual([])
    await payload.update({
      collection: 'articles',
      id: ids.news,
      data: { title: 'Văn hoá Bắc Kạn' },
      user: chief,
      overrideAccess: false,
    })
    expect(await search('"van hoa bac kan"')).toEqual([])
    await transition({
      payload,
      collection: 'articles',
      id: ids.news,
      to: 'published',
      user: chief,
    })
    expect(await search('"van hoa bac kan"')).toEqual(['Văn hoá Bắc Kạn'])
  })

  it('should search over GraphQL and refuse an empty query', async () => {
    const { json } = await graphql('{ searchArticles(q: "BẮC KẠN") { totalDocs docs { title } } }')
    expect(json.data.searchArticles.totalDocs).toBeGreaterThanOrEqual(2)
    expect((await rest('GET', '/articles/search?q=%20')).status).toBe(400)
  })

  it('should keep to one site given by its slug, and 404 an unknown site', async () => {
    const site = await payload.create({
      collection: 'sites',
      data: { name: 'Cổng huyện Ba Bể', languages: ['vi'] },
    })
    const { id } = await payload.create({
      collection: 'articles',
      data: {
        title: 'Họp ở Ba Bể về Bắc Kạn',
        site: site.id,
        publishedAt: '2020-12-01T02:00:00.000Z',
      },
    })
    await transition({
      payload,
      collection: 'articles',
      id,
      to: 'published',
      user: null,
      systemActor: 'import',
    })
    const bySite = await rest('GET', `/articles/search?q=bac+kan&site=${site.slug}`)
    const unknown = await rest('GET', '/articles/search?q=bac+kan&site=khong-co')
    expect([titles(bySite.json.docs), unknown.status]).toEqual([['Họp ở Ba Bể về Bắc Kạn'], 404])
  })

  it('should refuse a query over 200 characters or in an unknown language with 400 and a message', async () => {
    const long = await rest('GET', `/articles/search?q=${'bắc kạn '.repeat(25)}x`)
    const german = await rest('GET', '/articles/search?q=bac+kan&language=de')
    const { json } = await graphql(`{ searchArticles(q: "${'a'.repeat(201)}") { totalDocs } }`)
    expect([
      long.status,
      long.json.errors[0].message,
      german.status,
      json.errors[0].message,
    ]).toEqual([
      400,
      'Từ khóa tìm kiếm dài quá 200 ký tự (q must be at most 200 characters).',
      400,
      'Từ khóa tìm kiếm dài quá 200 ký tự (q must be at most 200 characters).',
    ])
    expect((await rest('GET', `/articles/search?q=${'a'.repeat(200)}`)).status).toBe(200)
  })
})

describe('meetings of an official or a unit', () => {
  it('should list the meetings an official chaired or attended and a unit hosted', async () => {
    const unit = await payload.create({
      collection: 'units',
      data: { name: 'UBND tỉnh Bắc Kạn', kind: 'peoplesCommittee', level: 'province' },
    })
    const official = await payload.create({
      collection: 'officials',
      data: { fullName: 'Nguyễn Khắc Thận' },
    })
    await payload.create({
      collection: 'meetings',
      data: {
        title: 'Kiểm điểm 2020',
        kind: 'review',
        startsAt: '2020-12-30T07:00:00Z',
        chair: official.id,
        hostUnits: [unit.id],
      },
    })
    await payload.create({
      collection: 'meetings',
      data: {
        title: 'Làm việc với huyện',
        kind: 'workingVisit',
        startsAt: '2021-03-02T01:00:00Z',
        attendingOfficials: [official.id],
      },
    })
    await payload.create({
      collection: 'meetings',
      data: { title: 'Họp khác', kind: 'other', startsAt: '2021-04-01T01:00:00Z' },
    })
    expect(titles((await rest('GET', `/meetings/by-official/${official.id}`)).json.docs)).toEqual([
      'Làm việc với huyện',
      'Kiểm điểm 2020',
    ])
    const gql = await graphql(
      `{ meetingsOfUnit(id: "${unit.id}") { docs { title chair { fullName } } } }`,
    )
    expect(gql.json.data.meetingsOfUnit.docs).toEqual([
      { title: 'Kiểm điểm 2020', chair: { fullName: 'Nguyễn Khắc Thận' } },
    ])
  })
})
