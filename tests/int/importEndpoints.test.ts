import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createSiteUser, createUser, TEST_PASSWORD } from '../helpers/users'

const text = readFileSync(
  path.resolve(import.meta.dirname, '../../src/seed/fixtures/002_aaaaf8a0d1df4601.txt'),
  'utf8',
)
let payload: Payload
let editorToken: string
let reporterToken: string

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  editorToken = await login((await createUser(payload, ['editor'])).email, TEST_PASSWORD)
  reporterToken = await login((await createUser(payload, ['reporter'])).email, TEST_PASSWORD)
})

describe('"Nhập bài cũ" in the admin', () => {
  it('should preview what the text was read as and what saving would create, writing nothing', async () => {
    const { status, json } = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text },
    })
    expect(status).toBe(200)
    expect(json.parsed).toMatchObject({
      publishedAt: '2020-12-30T18:45:37+07:00',
      views: 8093,
      byline: 'Minh Hương',
    })
    expect(json.plan.meeting).toMatchObject({
      action: 'create',
      date: '2020-12-30',
      partOfDay: 'afternoon',
    })
    expect(json.plan.warnings.map((warning: { field: string }) => warning.field)).toContain(
      'meeting.date',
    )
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(0)
  })

  it('should save the corrected article as a draft, then refuse the same text again', async () => {
    const corrections = {
      title: 'Kiểm điểm tập thể lãnh đạo UBND tỉnh năm 2020',
      meeting: { partOfDay: 'evening' },
    }
    const { status, json } = await rest('POST', '/newsroom/import', {
      token: editorToken,
      body: { text, corrections },
    })
    expect(status).toBe(201)
    const article = await payload.findByID({
      collection: 'articles',
      id: json.articleId,
      depth: 1,
      draft: true,
    })
    expect(article).toMatchObject({ title: corrections.title, workflowStage: 'draft', views: 8093 })
    expect(article.meeting).toMatchObject({ partOfDay: 'evening' })
    const again = await rest('POST', '/newsroom/import', { token: editorToken, body: { text } })
    expect(again.status).toBe(409)
  })

  it('should file the article under the category chosen and at the publish time corrected', async () => {
    const category = await payload.create({
      collection: 'categories',
      data: { name: 'Thời sự nhập' } as never,
    })
    const visit = [
      'Họp bàn chỉnh trang đô thị',
      'Sáng nay, UBND thành phố họp bàn chỉnh trang đô thị.',
      'Ngọc Lan',
    ].join('\n\n')
    const corrections = { category: String(category.id), publishedAt: '2021-03-12T02:30:00.000Z' }
    const { status, json } = await rest('POST', '/newsroom/import', {
      token: editorToken,
      body: { text: visit, corrections },
    })
    expect(status).toBe(201)
    const article = await payload.findByID({
      collection: 'articles',
      id: json.articleId,
      depth: 0,
      draft: true,
    })
    expect(String(article.category)).toBe(String(category.id))
    expect(article.publishedAt).toBe('2021-03-12T02:30:00.000Z')
    const unknown = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text: visit, corrections: { category: '999999' } },
    })
    expect(unknown.status).toBe(400)
  })

  it('should read a saved HTML page pasted in the same field, as the text it holds', async () => {
    const page = readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/import-html/002-portal.html'),
      'utf8',
    )
    const fromPage = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text: page },
    })
    const fromText = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text },
    })
    expect(fromPage.status).toBe(200)
    expect(fromPage.json.parsed).toMatchObject({
      title: fromText.json.parsed.title,
      views: 8093,
      byline: 'Minh Hương',
    })
    expect(fromPage.json.plan.importKey).toBe(fromText.json.plan.importKey)
  })

  it('should resolve a title named without its place to the official of the article', async () => {
    const visit = [
      'UBND thành phố Bắc Kạn họp triển khai chỉnh trang vỉa hè',
      'Chiều ngày 12/3/2021, đồng chí Hoàng Văn Thử – Phó Chủ tịch UBND thành phố Bắc Kạn chủ trì họp.',
      'Kết luận cuộc họp, đồng chí Phó Chủ tịch UBND thành phố đề nghị các phòng khẩn trương hoàn thiện hồ sơ.',
      'Ngọc Lan',
    ].join('\n\n')
    const { json } = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text: visit },
    })
    expect(json.plan.titleReferences).toEqual([
      { title: 'Phó Chủ tịch UBND thành phố', official: 'Hoàng Văn Thử' },
    ])
  })

  it('should refuse reporters, anonymous clients and empty or unreadable text with clear errors', async () => {
    expect((await rest('POST', '/newsroom/import/preview', { body: { text } })).status).toBe(401)
    expect(
      (await rest('POST', '/newsroom/import/preview', { token: reporterToken, body: { text } }))
        .status,
    ).toBe(403)
    const empty = await rest('POST', '/newsroom/import/preview', {
      token: editorToken,
      body: { text: '   ' },
    })
    expect(empty.status).toBe(400)
  })
})

describe('"Nhập bài cũ" for a site’s own editors', () => {
  let province: number | string
  let city: number | string
  let cityEditorToken: string
  let provinceCategory: number | string
  const cityArticle = (title: string) =>
    [
      title,
      'Sáng ngày 9/4/2024, UBND thành phố tổ chức hội nghị triển khai nhiệm vụ quý II năm 2024.',
      'Hội nghị thống nhất giao các phòng, ban chuyên môn hoàn thành kế hoạch trước ngày 30/6.',
      'Minh Châu',
    ].join('\n\n')

  beforeAll(async () => {
    province = (
      await payload.create({
        collection: 'sites',
        data: { name: 'Cổng TTĐT tỉnh nhập bài', languages: ['vi'] },
      })
    ).id
    city = (
      await payload.create({
        collection: 'sites',
        data: { name: 'Trang TTĐT thành phố nhập bài', parent: province, languages: ['vi'] },
      })
    ).id
    provinceCategory = (
      await payload.create({
        collection: 'categories',
        data: { name: 'Tin tỉnh nhập bài', slug: 'tin-tinh-nhap-bai', site: province },
      })
    ).id
    const cityEditor = await createSiteUser(payload, [{ site: city, roles: ['editor'] }])
    cityEditorToken = await login(cityEditor.email, TEST_PASSWORD)
  })

  it('should let an editor of one site import into that site, and there only', async () => {
    const preview = await rest('POST', '/newsroom/import/preview', {
      token: cityEditorToken,
      body: { text: cityArticle('Thành phố triển khai nhiệm vụ quý II') },
    })
    expect(preview.status).toBe(200)
    const saved = await rest('POST', '/newsroom/import', {
      token: cityEditorToken,
      body: { text: cityArticle('Thành phố triển khai nhiệm vụ quý II') },
    })
    expect(saved.status).toBe(201)
    const article = await payload.findByID({
      collection: 'articles',
      id: saved.json.articleId,
      depth: 0,
      draft: true,
    })
    expect(String(article.site)).toBe(String(city))
  })

  it('should refuse an editor of one site writing into another, named or chosen in the switcher', async () => {
    const named = await rest('POST', '/newsroom/import', {
      token: cityEditorToken,
      body: { text: cityArticle('Tỉnh họp bàn kế hoạch quý II'), site: province },
    })
    expect(named.status).toBe(403)
    const chosen = await rest('POST', '/newsroom/import', {
      token: cityEditorToken,
      body: { text: cityArticle('Tỉnh họp bàn kế hoạch quý III') },
      headers: { Cookie: `payload-tenant=${province}` },
    })
    expect(chosen.status).toBe(403)
    const otherCategory = await rest('POST', '/newsroom/import', {
      token: cityEditorToken,
      body: {
        text: cityArticle('Thành phố họp bàn kế hoạch quý IV'),
        corrections: { category: provinceCategory },
      },
    })
    expect(otherCategory.status).toBe(400)
    expect(otherCategory.json.errors[0].message).toContain('cổng khác')
    const titles = [
      'Tỉnh họp bàn kế hoạch quý II',
      'Tỉnh họp bàn kế hoạch quý III',
      'Thành phố họp bàn kế hoạch quý IV',
    ]
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { in: titles } },
    })
    expect(totalDocs).toBe(0)
  })
})
