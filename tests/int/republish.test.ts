import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalDocument } from '@/lib/lexicalDocument'
import type { Article, User } from '@/payload-types'
import { seedRepublication } from '@/seed/seedRepublication'
import { transition } from '@plugins/newsroom'

import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

/**
 * Đăng lại (README, "Republishing"): a city article republished on the provincial portal, in the
 * province's own workflow, with the city's credit; a correction at the city waits for the
 * province's editor-in-chief; a takedown at the city takes the copy down.
 */

type Staff = User & { collection: 'users' }

let payload: Payload
let province: string
let city: string
let provinceCategory: string
let cityCategory: string
let editorInChief: Staff
let editor: Staff
let eicToken: string
let editorToken: string
let reporterToken: string

const chain = ['submitted', 'edited', 'approved', 'published']

/** Through every step of the workflow, as the editor-in-chief. */
const publishAs = async (user: Staff, id: string, from: string[] = chain) => {
  for (const to of from) await transition({ payload, collection: 'articles', id, to, user })
}

const draftOf = (id: string) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 }) as Promise<Article>

const publicRead = (id: string) => rest('GET', `/articles/${id}?depth=0`)

const republish = (id: string, body: Record<string, unknown>, token = eicToken) =>
  rest('POST', `/articles/${id}/republish`, { token, body })

/** A published city article with a photo from the city's library and a written byline. */
const publishedCityArticle = async (title: string): Promise<Article> => {
  const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#468' } })
    .jpeg()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: title, credit: 'Ảnh: Thành Tâm', site: city },
    file: { data: photo, mimetype: 'image/jpeg', name: 'hop.jpg', size: photo.length },
  })
  const contributor = await payload.create({
    collection: 'contributors',
    data: { name: 'Nguyễn Thị Hoa', penName: 'Thu Hoa' },
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title,
      lead: 'Sáng nay, Thành ủy Bắc Kạn họp.',
      body: lexicalDocument([{ kind: 'paragraph', text: 'Đoạn một của bài gốc.' }]),
      featuredImage: media.id,
      site: city,
      category: cityCategory,
      byline: [{ person: { relationTo: 'contributors', value: contributor.id }, role: 'text' }],
    },
    depth: 0,
  })
  await placeInStage(payload, article.id, 'published')
  return draftOf(article.id)
}

beforeAll(async () => {
  payload = await testPayload()
  province = (
    await payload.create({
      collection: 'sites',
      data: { name: 'Cổng TTĐT tỉnh Bắc Kạn', languages: ['vi'] },
    })
  ).id
  city = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Trang TTĐT thành phố Bắc Kạn',
        parent: province,
        languages: ['vi'],
        hosts: [{ host: 'thanhpho.backan.example' }],
      },
    })
  ).id
  provinceCategory = (
    await payload.create({
      collection: 'categories',
      data: { name: 'Tin địa phương', site: province },
    })
  ).id
  cityCategory = (
    await payload.create({ collection: 'categories', data: { name: 'Thời sự', site: city } })
  ).id
  editorInChief = await createUser(payload, ['editorInChief'])
  editor = await createUser(payload, ['editor'])
  const reporter = await createUser(payload, ['reporter'])
  eicToken = await login(editorInChief.email, TEST_PASSWORD)
  editorToken = await login(editor.email, TEST_PASSWORD)
  reporterToken = await login(reporter.email, TEST_PASSWORD)
})

describe('republishing an article of another site', () => {
  it("should make a draft on the republishing site with the source's content and credit", async () => {
    const source = await publishedCityArticle('Thành ủy Bắc Kạn họp phiên thường kỳ')
    const { status, json } = await republish(source.id, {
      site: province,
      category: provinceCategory,
    })
    expect(status).toBe(201)
    const copy = await draftOf(json.doc.id)
    expect(copy).toMatchObject({
      title: source.title,
      lead: source.lead,
      body: source.body,
      featuredImage: source.featuredImage,
      site: province,
      category: provinceCategory,
      workflowStage: 'draft',
      _status: 'draft',
      createdBy: editorInChief.id,
      bylineText: 'Thu Hoa',
      republication: {
        source: source.id,
        sourceSite: city,
        sourceSiteName: 'Trang TTĐT thành phố Bắc Kạn',
        sourceByline: 'Thu Hoa',
        sourceUrl: `http://thanhpho.backan.example/tin/${source.slug}`,
        pendingUpdate: null,
      },
    })
    expect(copy.republication?.sourceVersion).toEqual(expect.any(String))
    // Not public until the province's own workflow publishes it.
    expect((await publicRead(copy.id)).status).toBe(404)
  })

  it("should go through the republishing site's workflow to publication", async () => {
    const source = await publishedCityArticle('Kiểm tra công tác cải cách hành chính')
    const { json } = await republish(source.id, { site: province })
    await publishAs(editorInChief, json.doc.id)
    const { status, json: read } = await publicRead(json.doc.id)
    expect(status).toBe(200)
    expect(read.republication).toEqual({
      source: source.id,
      sourceSiteName: 'Trang TTĐT thành phố Bắc Kạn',
      sourceByline: 'Thu Hoa',
      sourceUrl: `http://thanhpho.backan.example/tin/${source.slug}`,
    })
    const events = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: json.doc.id } },
      sort: 'sequence',
    })
    expect(events.docs.map((event) => event.toStage)).toEqual(chain)
  })
})

describe('what cannot be republished', () => {
  it('should refuse a draft of another site, saying nothing of its content', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Bản nháp bí mật của thành phố', site: city },
    })
    const { status, json } = await republish(draft.id, { site: province })
    expect(status).toBe(404)
    expect(JSON.stringify(json)).not.toContain('bí mật')
  })

  it('should refuse a second republication of the same source on the same site with 409', async () => {
    const source = await publishedCityArticle('Hội nghị tổng kết năm')
    expect((await republish(source.id, { site: province })).status).toBe(201)
    const second = await republish(source.id, { site: province })
    expect(second.status).toBe(409)
    expect(second.json.errors[0].message).toContain('đã được đăng lại')
  })

  it('should refuse a republication as source, pointing to the original', async () => {
    const source = await publishedCityArticle('Bài gốc của thành phố')
    const copy = (await republish(source.id, { site: province })).json.doc.id
    await publishAs(editorInChief, copy)
    const ward = await payload.create({
      collection: 'sites',
      data: { name: 'Trang TTĐT phường Đức Xuân', parent: city, languages: ['vi'] },
    })
    const { status, json } = await republish(copy, { site: ward.id })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('hãy đăng lại bài gốc')
  })

  it("should refuse the source's own site, another site's category, anyone logged out", async () => {
    const source = await publishedCityArticle('Tiếp xúc cử tri')
    const ownSite = await republish(source.id, { site: city })
    const foreignCategory = await republish(source.id, { site: province, category: cityCategory })
    const anonymous = await rest('POST', `/articles/${source.id}/republish`, {
      body: { site: province },
    })
    expect([ownSite.status, foreignCategory.status, anonymous.status]).toEqual([400, 400, 401])
    expect(
      (
        await payload.count({
          collection: 'articles',
          where: { 'republication.source': { equals: source.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should not let a client write a republication credit itself', async () => {
    const source = await publishedCityArticle('Bài gốc bị giả nguồn')
    const { status, json } = await rest('POST', '/articles', {
      token: reporterToken,
      body: {
        title: 'Giả làm bài đăng lại',
        site: province,
        republication: { source: source.id, sourceSiteName: 'Báo giả' },
      },
    })
    expect(status).toBe(201)
    expect((await draftOf(json.doc.id)).republication).toMatchObject({
      source: null,
      sourceSiteName: null,
    })
  })
})

describe('a correction at the source', () => {
  let source: Article
  let copy: string

  beforeAll(async () => {
    source = await publishedCityArticle('Phiên họp thứ nhất của HĐND thành phố')
    copy = (await republish(source.id, { site: province })).json.doc.id
    await publishAs(editorInChief, copy)
    await payload.update({
      collection: 'articles',
      id: source.id,
      data: {
        title: 'Phiên họp thứ nhất của HĐND thành phố (đính chính)',
        lead: 'Chiều nay, HĐND họp.',
      },
      user: editorInChief,
      overrideAccess: false,
    })
    await transition({
      payload,
      collection: 'articles',
      id: source.id,
      to: 'published',
      user: editorInChief,
    })
  })

  it('should become an update waiting on the republication, with nothing public changed', async () => {
    const waiting = await draftOf(copy)
    expect(waiting.republication?.pendingUpdate).toMatchObject({
      version: expect.any(String),
      content: {
        title: 'Phiên họp thứ nhất của HĐND thành phố (đính chính)',
        lead: 'Chiều nay, HĐND họp.',
      },
    })
    expect(waiting.title).toBe(source.title)
    expect((await publicRead(copy)).json.title).toBe(source.title)
  })

  it("should be refused to an editor, who is not the site's editor-in-chief", async () => {
    const { status } = await rest('POST', `/articles/${copy}/republication/approve`, {
      token: editorToken,
    })
    expect(status).toBe(403)
    expect((await publicRead(copy)).json.title).toBe(source.title)
    expect((await draftOf(copy)).republication?.pendingUpdate).not.toBeNull()
  })

  it("should be applied and republished by the editor-in-chief's approval, in the history", async () => {
    const { status, json } = await rest('POST', `/articles/${copy}/republication/approve`, {
      token: eicToken,
    })
    expect(status).toBe(200)
    expect(json).toMatchObject({ id: copy, stage: 'published', eventId: expect.any(String) })
    const read = (await publicRead(copy)).json
    expect([read.title, read.lead]).toEqual([
      'Phiên họp thứ nhất của HĐND thành phố (đính chính)',
      'Chiều nay, HĐND họp.',
    ])
    const applied = await draftOf(copy)
    expect(applied.republication?.pendingUpdate).toBeNull()
    const event = await payload.findByID({ collection: 'workflow-events', id: json.eventId })
    expect(event).toMatchObject({
      fromStage: 'published',
      toStage: 'published',
      actor: expect.anything(),
    })
    expect(event.note).toContain('Trang TTĐT thành phố Bắc Kạn')
    const again = await rest('POST', `/articles/${copy}/republication/approve`, { token: eicToken })
    expect(again.status).toBe(409)
  })
})

describe('a takedown at the source', () => {
  let source: Article
  let copy: string

  beforeAll(async () => {
    source = await publishedCityArticle('Thông báo lịch tiếp công dân')
    copy = (await republish(source.id, { site: province })).json.doc.id
    await publishAs(editorInChief, copy)
    await transition({
      payload,
      collection: 'articles',
      id: source.id,
      to: 'unpublished',
      note: 'Sai lịch',
      user: editorInChief,
    })
  })

  it('should take the republication down at once, with the reason in its history', async () => {
    expect((await draftOf(copy)).workflowStage).toBe('unpublished')
    expect((await publicRead(copy)).status).toBe(404)
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: copy } },
      sort: '-sequence',
      limit: 1,
    })
    expect(docs[0]).toMatchObject({
      fromStage: 'published',
      toStage: 'unpublished',
      actorKind: 'system',
    })
    expect(docs[0].note).toContain('bài gốc ở Trang TTĐT thành phố Bắc Kạn đã bị gỡ')
  })

  it('should keep it down while the source is down, and let its editor republish once it is back', async () => {
    await transition({
      payload,
      collection: 'articles',
      id: copy,
      to: 'draft',
      user: editorInChief,
    })
    await publishAs(editorInChief, copy, ['submitted', 'edited', 'approved'])
    await expect(
      transition({
        payload,
        collection: 'articles',
        id: copy,
        to: 'published',
        user: editorInChief,
      }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await draftOf(copy)).workflowStage).toBe('approved')

    await transition({
      payload,
      collection: 'articles',
      id: source.id,
      to: 'draft',
      user: editorInChief,
    })
    await publishAs(editorInChief, source.id)
    expect((await draftOf(copy)).workflowStage).toBe('approved')
    await transition({
      payload,
      collection: 'articles',
      id: copy,
      to: 'published',
      user: editorInChief,
    })
    expect((await publicRead(copy)).status).toBe(200)
  })

  it("should keep a spiked source's republications down", async () => {
    const spiked = await publishedCityArticle('Bài sẽ bị hủy')
    const spikedCopy = (await republish(spiked.id, { site: province })).json.doc.id
    await publishAs(editorInChief, spikedCopy)
    await transition({
      payload,
      collection: 'articles',
      id: spiked.id,
      to: 'unpublished',
      note: 'Sai',
      user: editorInChief,
    })
    await transition({
      payload,
      collection: 'articles',
      id: spiked.id,
      to: 'spiked',
      note: 'Hủy hẳn',
      user: editorInChief,
    })
    expect((await draftOf(spikedCopy)).workflowStage).toBe('unpublished')
    expect((await publicRead(spikedCopy)).status).toBe(404)
  })
})

describe('a deleted source', () => {
  it('should take its republications down', async () => {
    const source = await publishedCityArticle('Bài sẽ bị xóa')
    const copy = (await republish(source.id, { site: province })).json.doc.id
    await publishAs(editorInChief, copy)
    expect((await rest('DELETE', `/articles/${source.id}`, { token: eicToken })).status).toBe(200)
    expect((await draftOf(copy)).workflowStage).toBe('unpublished')
    expect((await publicRead(copy)).status).toBe(404)
  })
})

describe('the sample republication', () => {
  it("should republish the city's latest article on the provincial portal, once", async () => {
    await createUser(payload, ['admin'])
    const source = await publishedCityArticle('Bài mới nhất của thành phố')
    await seedRepublication(payload)
    await seedRepublication(payload)
    const { docs } = await payload.find({
      collection: 'articles',
      where: { 'republication.source': { equals: source.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      site: province,
      workflowStage: 'published',
      _status: 'published',
    })
  })
})
