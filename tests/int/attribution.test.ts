import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { transition } from '@plugins/newsroom'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let reporter: TestUser
let editor: TestUser
let chief: TestUser
let reporterToken: string
let chiefToken: string
let photographerId: string

const STAMPS = [
  'submittedBy',
  'submittedAt',
  'editedBy',
  'editedAt',
  'approvedBy',
  'approvedAt',
  'publishedBy',
  'lastPublishedAt',
] as const

const stampsOf = async (id: string) => {
  const doc = (await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: true,
  })) as unknown as Record<string, unknown>
  return Object.fromEntries(['createdBy', ...STAMPS].map((name) => [name, doc[name] ?? null]))
}

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  reporter = await createUser(payload, ['reporter'], 'Triệu Văn Biển')
  await payload.update({ collection: 'users', id: reporter.id, data: { penName: 'Triệu Biển' } })
  editor = await createUser(payload, ['editor'], 'Nguyễn Thu Hà')
  chief = await createUser(payload, ['editorInChief'], 'Hoàng Văn Trưởng')
  reporterToken = await login(reporter.email, TEST_PASSWORD)
  chiefToken = await login(chief.email, TEST_PASSWORD)
  photographerId = (
    await payload.create({
      collection: 'contributors',
      data: {
        name: 'Nguyễn Thành Tâm',
        penName: 'Thành Tâm',
        contact: {
          phone: '0912 345 678',
          email: 'thanhtam@example.vn',
          bankAccount: '0123456789 Agribank',
        },
      },
      user: editor,
      overrideAccess: false,
    })
  ).id
})

describe('bylines', () => {
  it('should make a reporter the writer of an article they create without a byline', async () => {
    const { json } = await rest('POST', '/articles', {
      token: reporterToken,
      body: { title: 'Tin không ghi tác giả' },
    })
    const article = await payload.findByID({
      collection: 'articles',
      id: json.doc.id,
      depth: 0,
      draft: true,
    })
    expect(article.byline).toEqual([
      expect.objectContaining({
        person: { relationTo: 'users', value: reporter.id },
        role: 'text',
        displayName: 'Triệu Biển',
      }),
    ])
    expect(article.bylineText).toBe('Triệu Biển')
  })

  it('should print writer and photographer as "Bài: A – Ảnh: B"', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Kiểm điểm tập thể lãnh đạo',
        byline: [
          { person: { relationTo: 'users', value: reporter.id }, role: 'text' },
          { person: { relationTo: 'contributors', value: photographerId }, role: 'photo' },
        ],
      },
      user: editor,
      overrideAccess: false,
    })
    expect(article.bylineText).toBe('Bài: Triệu Biển – Ảnh: Thành Tâm')
  })

  it('should print one person who wrote and took the photos as "Bài, ảnh: A"', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Một người làm cả',
        byline: [
          { person: { relationTo: 'users', value: reporter.id }, role: 'text' },
          { person: { relationTo: 'users', value: reporter.id }, role: 'photo' },
        ],
      },
      user: reporter,
      overrideAccess: false,
    })
    expect(article.bylineText).toBe('Bài, ảnh: Triệu Biển')
  })

  it('should use the full name when there is no pen name, and keep a printed name the editor typed', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: 'Tên in riêng',
        byline: [
          { person: { relationTo: 'users', value: editor.id }, role: 'text' },
          {
            person: { relationTo: 'contributors', value: photographerId },
            role: 'photo',
            displayName: 'T.Tâm',
          },
        ],
      },
      user: editor,
      overrideAccess: false,
    })
    expect(article.bylineText).toBe('Bài: Nguyễn Thu Hà – Ảnh: T.Tâm')
  })
})

describe('stamps', () => {
  it('should fill the stamps from the transitions, by whoever made them', async () => {
    const { json } = await rest('POST', '/articles', {
      token: reporterToken,
      body: { title: 'Đường đi của một bài' },
    })
    const id = json.doc.id
    await transition({ payload, collection: 'articles', id, to: 'submitted', user: reporter })
    await transition({ payload, collection: 'articles', id, to: 'edited', user: editor })
    await transition({ payload, collection: 'articles', id, to: 'approved', user: chief })
    await transition({ payload, collection: 'articles', id, to: 'published', user: editor })
    expect(await stampsOf(id)).toEqual({
      createdBy: reporter.id,
      submittedBy: reporter.id,
      submittedAt: expect.any(String),
      editedBy: editor.id,
      editedAt: expect.any(String),
      approvedBy: chief.id,
      approvedAt: expect.any(String),
      publishedBy: editor.id,
      lastPublishedAt: expect.any(String),
    })
  })

  const forged = Object.fromEntries([
    ['createdBy', null],
    ...STAMPS.map((name) => [name, name.endsWith('At') ? '2001-01-01T00:00:00.000Z' : null]),
  ])

  it('should ignore forged stamps on REST create and update', async () => {
    const editorToken = await login(editor.email, TEST_PASSWORD)
    const forgedBy = Object.fromEntries(
      Object.entries(forged).map(([key, value]) => [key, value ?? editor.id]),
    )
    const { json } = await rest('POST', '/articles', {
      token: reporterToken,
      body: { title: 'Giả mạo khi tạo', ...forgedBy },
    })
    const id = json.doc.id
    await transition({ payload, collection: 'articles', id, to: 'submitted', user: reporter })
    const before = await stampsOf(id)
    expect(before).toMatchObject({
      createdBy: reporter.id,
      submittedBy: reporter.id,
      editedBy: null,
      publishedBy: null,
    })
    await rest('PATCH', `/articles/${id}`, { token: editorToken, body: forgedBy })
    expect(await stampsOf(id)).toEqual(before)
  })

  it('should ignore forged stamps on a GraphQL update', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Giả mạo qua GraphQL',
      createdBy: reporter.id,
    })
    const before = await stampsOf(id)
    await graphql(
      `mutation { updateArticle(id: "${id}", data: { approvedBy: "${chief.id}", publishedBy: "${chief.id}", createdBy: "${chief.id}" }) { id } }`,
      { token: chiefToken },
    )
    expect(await stampsOf(id)).toEqual(before)
  })

  it('should ignore forged stamps from the Local API acting as a user', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Giả mạo Local API',
      createdBy: reporter.id,
    })
    const before = await stampsOf(id)
    await payload.update({
      collection: 'articles',
      id,
      data: { ...forged, approvedBy: editor.id, publishedBy: editor.id, createdBy: editor.id },
      user: chief,
      overrideAccess: false,
    })
    expect(await stampsOf(id)).toEqual(before)
  })

  it('should keep the stamps even against a system write with overrideAccess', async () => {
    const id = await articleInStage(payload, 'approved', {
      title: 'Giả mạo hệ thống',
      createdBy: reporter.id,
    })
    const before = await stampsOf(id)
    await payload.update({
      collection: 'articles',
      id,
      data: { approvedBy: editor.id, approvedAt: '2001-01-01T00:00:00.000Z' },
    })
    expect(await stampsOf(id)).toEqual(before)
  })
})

describe('photo credits', () => {
  it("should print the credited contributor's pen name under the caption", async () => {
    const sharp = (await import('sharp')).default
    const photo = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#456' },
    })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: {
        alt: 'Đại biểu dự hội nghị',
        caption: 'Đại biểu dự hội nghị',
        creditPerson: { relationTo: 'contributors', value: photographerId },
      },
      file: { data: photo, mimetype: 'image/jpeg', name: 'dai-bieu.jpg', size: photo.length },
      user: reporter,
      overrideAccess: false,
    })
    expect(media).toMatchObject({
      credit: 'Thành Tâm',
      creditText: 'Ảnh: Thành Tâm',
      captionText: 'Đại biểu dự hội nghị. Ảnh: Thành Tâm',
    })
  })

  it('should print a free credit name as given', async () => {
    const sharp = (await import('sharp')).default
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#654' },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Toàn cảnh', caption: 'Toàn cảnh hội nghị.', credit: 'TTXVN' },
      file: { data: photo, mimetype: 'image/png', name: 'toan-canh.png', size: photo.length },
    })
    expect(media.captionText).toBe('Toàn cảnh hội nghị. Ảnh: TTXVN')
  })
})

describe('privacy of people', () => {
  it('should show anonymous GraphQL clients names and pen names only', async () => {
    const id = await articleInStage(payload, 'published', { title: 'Tin công khai có tác giả' })
    await payload.update({
      collection: 'articles',
      id,
      data: {
        byline: [
          { person: { relationTo: 'users', value: reporter.id }, role: 'text' },
          { person: { relationTo: 'contributors', value: photographerId }, role: 'photo' },
        ],
      },
    })
    await transition({ payload, collection: 'articles', id, to: 'published', user: chief })
    const { json } = await graphql(`{
      Article(id: "${id}") {
        bylineText
        byline {
          displayName role
          person {
            relationTo
            value {
              ... on User { email fullName roles }
              ... on Contributor { name penName contact { phone email bankAccount } linkedUser { email } }
            }
          }
        }
      }
    }`)
    const article = json.data.Article
    expect(article.bylineText).toBe('Bài: Triệu Biển – Ảnh: Thành Tâm')
    expect(article.byline.map((entry: { displayName: string }) => entry.displayName)).toEqual([
      'Triệu Biển',
      'Thành Tâm',
    ])
    const serialised = JSON.stringify(json)
    for (const secret of [reporter.email, '0912 345 678', 'thanhtam@example.vn', 'Agribank']) {
      expect(serialised).not.toContain(secret)
    }
    expect(article.byline[1].person.value).toMatchObject({
      name: 'Nguyễn Thành Tâm',
      penName: 'Thành Tâm',
    })
    expect(article.byline[1].person.value.contact).toEqual({
      phone: null,
      email: null,
      bankAccount: null,
    })
    expect(article.byline[1].person.value.linkedUser).toBeNull()
  })

  it('should keep contributor contacts from anonymous REST and show them to staff', async () => {
    const anonymous = await rest('GET', `/contributors/${photographerId}`)
    expect(anonymous.json.contact).toBeUndefined()
    const staff = await rest('GET', `/contributors/${photographerId}`, { token: reporterToken })
    expect(staff.json.contact.phone).toBe('0912 345 678')
  })

  it('should let only editors keep the contributor register', async () => {
    const { status } = await rest('POST', '/contributors', {
      token: reporterToken,
      body: { name: 'CTV mới' },
    })
    expect(status).toBe(403)
  })
})
