import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage, placeInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let bien: TestUser
let huong: TestUser
let chief: TestUser
let chiefToken: string
let bienToken: string
let tamId: string

const person = (relationTo: 'users' | 'contributors', value: string) => ({ relationTo, value })

/** A published article of the fixture month, with its byline and photo credits. */
const publishedArticle = async ({
  title,
  publishedAt,
  views,
  byline,
  photoBy,
}: {
  title: string
  publishedAt: string
  views: number
  byline: { person: ReturnType<typeof person>; role: 'text' | 'photo' }[]
  photoBy?: ReturnType<typeof person>
}) => {
  const id = await articleInStage(payload, 'draft', { title, publishedAt })
  let featuredImage: string | undefined
  if (photoBy) {
    const sharp = (await import('sharp')).default
    const photo = await sharp({
      create: { width: 32, height: 32, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer()
    featuredImage = (
      await payload.create({
        collection: 'media',
        data: { alt: title, creditPerson: photoBy },
        file: { data: photo, mimetype: 'image/png', name: `${id}.png`, size: photo.length },
      })
    ).id
  }
  await payload.update({ collection: 'articles', id, data: { byline, featuredImage, views } })
  await placeInStage(payload, id, 'published')
  // Views are the server's to count; the fixture sets them as the counter would.
  await payload.db.updateOne({
    collection: 'articles',
    where: { id: { equals: id } },
    data: { views },
  })
  return id
}

const recordLine = async (
  document: string,
  payee: ReturnType<typeof person>,
  genre: string,
  coefficient: number,
) =>
  rest('POST', '/royalty-lines', {
    token: chiefToken,
    body: { document: { relationTo: 'articles', value: document }, payee, genre, coefficient },
  })

let december: { a: string; b: string; c: string }

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  bien = await createUser(payload, ['reporter'], 'Triệu Biển')
  huong = await createUser(payload, ['reporter'], 'Minh Hương')
  chief = await createUser(payload, ['editorInChief'])
  chiefToken = await login(chief.email, TEST_PASSWORD)
  bienToken = await login(bien.email, TEST_PASSWORD)
  tamId = (
    await payload.create({
      collection: 'contributors',
      data: { name: 'Nguyễn Thành Tâm', penName: 'Thành Tâm' },
    })
  ).id

  december = {
    // 00:30 on 1 December in Vietnam: a December article, though still 30 November in UTC.
    a: await publishedArticle({
      title: 'Họp đánh giá chỉ tiêu',
      publishedAt: '2020-11-30T17:30:00.000Z',
      views: 120,
      byline: [
        { person: person('users', bien.id), role: 'text' },
        { person: person('users', bien.id), role: 'photo' },
      ],
    }),
    b: await publishedArticle({
      title: 'Kiểm điểm lãnh đạo UBND tỉnh',
      publishedAt: '2020-12-30T11:45:37.000Z',
      views: 8093,
      byline: [{ person: person('users', huong.id), role: 'text' }],
      photoBy: person('contributors', tamId),
    }),
    c: await publishedArticle({
      title: 'Hội nghị Ban Chấp hành mở rộng',
      publishedAt: '2020-12-16T10:00:00.000Z',
      views: 300,
      byline: [{ person: person('users', bien.id), role: 'text' }],
      photoBy: person('contributors', tamId),
    }),
  }
  // Outside the month: must not count.
  await publishedArticle({
    title: 'Tin tháng Một',
    publishedAt: '2020-12-31T17:00:00.000Z',
    views: 999,
    byline: [{ person: person('users', bien.id), role: 'text' }],
  })
})

describe('recording royalty lines', () => {
  it('should compute the amount from the coefficient and ignore one sent by the client', async () => {
    const { status, json } = await rest('POST', '/royalty-lines', {
      token: chiefToken,
      body: {
        document: { relationTo: 'articles', value: december.a },
        payee: person('users', bien.id),
        genre: 'news',
        coefficient: 4,
        amount: 1,
      },
    })
    expect(status).toBe(201)
    expect(json.doc).toMatchObject({ amount: 936_000, month: '2020-12' })
  })

  it('should refuse a coefficient outside the genre range with a clear message', async () => {
    const { status, json } = await recordLine(december.a, person('users', bien.id), 'news', 12)
    expect(status).toBe(400)
    expect(json.errors[0].message).toBe(
      'Hệ số 12 ngoài khung 1–10 của thể loại "Tin" (coefficient 12 is outside 1–10 for "News brief").',
    )
  })

  it('should refuse a line for an article not yet approved', async () => {
    const draft = await articleInStage(payload, 'submitted', { title: 'Chưa duyệt' })
    const { status, json } = await recordLine(draft, person('users', bien.id), 'news', 2)
    expect(status).toBe(409)
    expect(json.errors[0].message).toContain('approved or published')
  })

  it('should accept a line for an approved article', async () => {
    const approved = await articleInStage(payload, 'approved', {
      title: 'Đã duyệt, chờ đăng',
      publishedAt: '2021-02-01T01:00:00.000Z',
    })
    const { status } = await recordLine(approved, person('users', huong.id), 'interview', 10)
    expect(status).toBe(201)
  })

  it('should refuse a reporter recording royalties', async () => {
    const { status } = await rest('POST', '/royalty-lines', {
      token: bienToken,
      body: {
        document: { relationTo: 'articles', value: december.a },
        payee: person('users', bien.id),
        genre: 'news',
        coefficient: 10,
      },
    })
    expect(status).toBe(403)
  })
})

describe('the royalty report', () => {
  beforeAll(async () => {
    await recordLine(december.a, person('users', bien.id), 'photo', 1) // + 234,000 (936,000 already)
    await recordLine(december.b, person('users', huong.id), 'report', 10) // 2,340,000
    await recordLine(december.b, person('contributors', tamId), 'photo', 2) // 468,000
    await recordLine(december.c, person('users', bien.id), 'news', 3) // 702,000
    await recordLine(december.c, person('contributors', tamId), 'photo', 1.5) // 351,000
  })

  // Hand-computed: Biển 936,000 + 234,000 + 702,000; Hương 2,340,000; Tâm 468,000 + 351,000.
  const expectedRows = [
    {
      name: 'Minh Hương',
      kind: 'user',
      articles: 1,
      roles: ['text'],
      views: 8093,
      royaltyTotal: 2_340_000,
      royaltyLines: 1,
    },
    {
      name: 'Triệu Biển',
      kind: 'user',
      articles: 2,
      roles: ['text', 'photo'],
      views: 420,
      royaltyTotal: 1_872_000,
      royaltyLines: 3,
    },
    {
      name: 'Thành Tâm',
      kind: 'contributor',
      articles: 2,
      roles: ['photo'],
      views: 8393,
      royaltyTotal: 819_000,
      royaltyLines: 2,
    },
  ]

  it('should total December 2020 per person as computed by hand', async () => {
    const { status, json } = await rest(
      'GET',
      '/newsroom/royalties?from=2020-12-01&to=2020-12-31',
      { token: chiefToken },
    )
    expect(status).toBe(200)
    expect(json).toMatchObject({
      from: '2020-12-01',
      to: '2020-12-31',
      currency: 'VND',
      baseValue: 234_000,
    })
    expect(
      json.rows.map(({ person: who, ...row }: { person: { name: string; kind: string } }) => ({
        name: who.name,
        kind: who.kind,
        ...row,
      })),
    ).toEqual(expectedRows)
  })

  it('should give the same figures as CSV with a BOM, read back', async () => {
    const response = await fetchCsv(
      '/newsroom/royalties?from=2020-12-01&to=2020-12-31&format=csv',
      chiefToken,
    )
    expect(response.contentType).toBe('text/csv; charset=utf-8')
    expect(response.disposition).toBe('attachment; filename="nhuan-but_2020-12-01_2020-12-31.csv"')
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [, ...rows] = parse(response.text, { bom: true }) as string[][]
    expect(rows.map((row) => [row[0], row[2], row[4], row[6]])).toEqual(
      expectedRows.map((row) => [
        row.name,
        String(row.articles),
        String(row.views),
        String(row.royaltyTotal),
      ]),
    )
  })

  it('should show a reporter only their own row', async () => {
    const { json } = await rest('GET', '/newsroom/royalties?from=2020-12-01&to=2020-12-31', {
      token: bienToken,
    })
    expect(json.rows.map((row: { person: { name: string } }) => row.person.name)).toEqual([
      'Triệu Biển',
    ])
    const lines = await rest('GET', '/royalty-lines?limit=100', { token: bienToken })
    expect(
      lines.json.docs.every((line: { payeeKey: string }) => line.payeeKey === `users:${bien.id}`),
    ).toBe(true)
    expect(lines.json.totalDocs).toBe(3)
  })

  it('should let a contributor who later gets an account see their earlier lines', async () => {
    const tamAccount = await createUser(payload, ['contributor'], 'Nguyễn Thành Tâm')
    await payload.update({
      collection: 'contributors',
      id: tamId,
      data: { linkedUser: tamAccount.id },
    })
    const { json } = await rest('GET', '/newsroom/royalties?from=2020-12-01&to=2020-12-31', {
      token: await login(tamAccount.email, TEST_PASSWORD),
    })
    expect(json.rows).toEqual([expect.objectContaining({ royaltyTotal: 819_000, articles: 2 })])
  })

  it('should refuse bad periods with 400 and anonymous clients with 401', async () => {
    for (const query of [
      'from=2020-12-01',
      'from=2020-12-31&to=2020-12-01',
      'from=01/12/2020&to=2020-12-31',
      'from=2020-12-01&to=2020-12-31&format=xls',
    ]) {
      expect(
        (await rest('GET', `/newsroom/royalties?${query}`, { token: chiefToken })).status,
      ).toBe(400)
    }
    expect((await rest('GET', '/newsroom/royalties?from=2020-12-01&to=2020-12-31')).status).toBe(
      401,
    )
  })
})

describe('closed months', () => {
  it('should lock every line of a closed month, for the API and the Local API alike', async () => {
    const line = await recordLine(december.c, person('users', huong.id), 'news', 1)
    const lineId = line.json.doc.id
    expect(
      (await rest('POST', '/royalty-periods', { token: chiefToken, body: { month: '2020-12' } }))
        .status,
    ).toBe(201)

    const update = await rest('PATCH', `/royalty-lines/${lineId}`, {
      token: chiefToken,
      body: { coefficient: 2 },
    })
    expect([update.status, update.json.errors[0].message]).toEqual([
      409,
      expect.stringContaining('2020-12'),
    ])
    expect((await rest('DELETE', `/royalty-lines/${lineId}`, { token: chiefToken })).status).toBe(
      409,
    )
    expect((await recordLine(december.c, person('users', huong.id), 'news', 1)).status).toBe(409)
    await expect(
      payload.update({ collection: 'royalty-lines', id: lineId, data: { coefficient: 5 } }),
    ).rejects.toThrow('2020-12')

    const stored = await payload.findByID({ collection: 'royalty-lines', id: lineId, depth: 0 })
    expect(stored).toMatchObject({ coefficient: 1, amount: 234_000 })
  })

  it('should refuse a reporter closing a month, and a malformed month', async () => {
    expect(
      (await rest('POST', '/royalty-periods', { token: bienToken, body: { month: '2021-01' } }))
        .status,
    ).toBe(403)
    expect(
      (await rest('POST', '/royalty-periods', { token: chiefToken, body: { month: '2021-13' } }))
        .status,
    ).toBe(400)
  })
})

/** The CSV download as a browser gets it: raw text and headers. */
const fetchCsv = async (path: string, token: string) => {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const config = (await import('@payload-config')).default
  const url = new URL(`http://localhost/api${path}`)
  const response = await REST_GET(config)(
    new Request(url, { headers: { Authorization: `JWT ${token}` } }),
    {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    },
  )
  const bytes = new Uint8Array(await response.arrayBuffer())
  return {
    // Response.text() would drop the BOM; Excel needs it, so read the bytes as they are.
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
  }
}
