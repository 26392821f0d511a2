import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'

let payload: Payload
let categoryId: string
let untranslatedId: string
let officialId: string

beforeAll(async () => {
  payload = await testPayload()
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Chính trị' },
    depth: 0,
  })
  categoryId = category.id
  await payload.update({
    collection: 'categories',
    id: categoryId,
    locale: 'en',
    data: { name: 'Politics' },
    depth: 0,
  })
  untranslatedId = (
    await payload.create({ collection: 'categories', data: { name: 'Kinh tế' }, depth: 0 })
  ).id
  const official = await payload.create({
    collection: 'officials',
    data: {
      fullName: 'Dương Hữu Bường',
      positions: [
        { title: 'Phó Bí thư Thành ủy', from: '2020-01-01T00:00:00.000Z' },
        { title: 'Chủ tịch UBND thành phố Bắc Kạn', from: '2020-01-01T00:00:00.000Z' },
      ],
    },
    depth: 0,
  })
  officialId = official.id
  await payload.update({
    collection: 'officials',
    id: officialId,
    locale: 'en',
    data: {
      positions: (official.positions ?? []).map((position, index) => ({
        ...position,
        title:
          index === 0
            ? 'Deputy Secretary of the City Party Committee'
            : "Chairman of Bắc Kạn City People's Committee",
      })),
    },
    depth: 0,
  })
})

describe('localized reference data', () => {
  it('should keep the Vietnamese name and slug as the default locale', async () => {
    const { json } = await rest('GET', `/categories/${categoryId}`)
    expect([json.name, json.slug, json.untranslatedFields]).toEqual(['Chính trị', 'chinh-tri', []])
  })

  it('should answer English with an English slug made from the English name over REST', async () => {
    const { json } = await rest('GET', `/categories/${categoryId}?locale=en`)
    expect([json.name, json.slug, json.untranslatedFields]).toEqual(['Politics', 'politics', []])
  })

  it('should find a category by its English slug in English only', async () => {
    const english = await rest('GET', '/categories?locale=en&where[slug][equals]=politics')
    const vietnamese = await rest('GET', '/categories?where[slug][equals]=politics')
    expect([english.json.totalDocs, vietnamese.json.totalDocs]).toEqual([1, 0])
  })

  it('should fall back to Vietnamese and list the fields that fell back', async () => {
    const { json } = await rest('GET', `/categories/${untranslatedId}?locale=en`)
    expect([json.name, json.slug, json.untranslatedFields]).toEqual([
      'Kinh tế',
      'kinh-te',
      ['name', 'slug'],
    ])
  })

  it('should answer English and the fallbacks through GraphQL locale: en', async () => {
    const { json } = await graphql(`
      {
        Categories(locale: en, sort: "createdAt") {
          docs {
            name
            slug
            untranslatedFields
          }
        }
      }
    `)
    expect(json.data.Categories.docs).toEqual([
      { name: 'Politics', slug: 'politics', untranslatedFields: [] },
      { name: 'Kinh tế', slug: 'kinh-te', untranslatedFields: ['name', 'slug'] },
    ])
  })

  it("should print an official's title at a date in English over REST", async () => {
    const { json } = await rest('GET', `/officials/${officialId}/title?date=2022-06-24&locale=en`)
    expect(json.title).toBe(
      "Deputy Secretary of the City Party Committee, Chairman of Bắc Kạn City People's Committee",
    )
  })

  it("should print an official's title at a date in English through GraphQL", async () => {
    const { json } = await graphql(
      `
        query ($id: ID!) {
          officialTitle(id: $id, date: "2022-06-24", locale: en) {
            title
          }
        }
      `,
      { variables: { id: officialId } },
    )
    expect(json.data.officialTitle.title).toBe(
      "Deputy Secretary of the City Party Committee, Chairman of Bắc Kạn City People's Committee",
    )
  })

  it('should keep the English titles when a Vietnamese edit adds a position', async () => {
    const official = await payload.findByID({ collection: 'officials', id: officialId, depth: 0 })
    await payload.update({
      collection: 'officials',
      id: officialId,
      data: {
        positions: [
          ...(official.positions ?? []),
          { title: 'Tỉnh ủy viên', from: '2021-01-01T00:00:00.000Z' },
        ],
      },
      depth: 0,
    })
    const { json } = await rest('GET', `/officials/${officialId}?locale=en`)
    expect([
      json.positions.map((p: { title: string }) => p.title),
      json.untranslatedFields,
    ]).toEqual([
      [
        'Deputy Secretary of the City Party Committee',
        "Chairman of Bắc Kạn City People's Committee",
        'Tỉnh ủy viên',
      ],
      ['positions.2.title'],
    ])
  })

  it('should leave a missing English value empty and report nothing with fallback-locale=none', async () => {
    const { json } = await rest(
      'GET',
      `/categories/${untranslatedId}?locale=en&fallback-locale=none`,
    )
    expect([json.name ?? null, json.untranslatedFields]).toEqual([null, []])
  })

  it("should report each site setting that falls back, the site's own and the global's", async () => {
    const site = await payload.create({
      collection: 'sites',
      data: {
        name: 'Cổng thông tin điện tử thành phố Bắc Kạn',
        languages: ['vi', 'en'],
        settings: { address: 'Phường Đức Xuân', phone: '0209 1', footerText: 'Giấy phép số 1' },
      },
      depth: 0,
    })
    await payload.update({
      collection: 'sites',
      id: site.id,
      locale: 'en',
      data: { name: 'Bắc Kạn City Portal', settings: { address: 'Đức Xuân Ward' } },
      depth: 0,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { name: 'Cổng thông tin điện tử tỉnh Bắc Kạn', address: 'Số 7 Trường Chinh' },
    })
    const siteRead = await rest('GET', `/sites/${site.id}?locale=en`)
    const globalRead = await graphql(
      '{ SiteSettings(locale: en) { name address untranslatedFields } }',
    )
    expect({
      site: [siteRead.json.name, siteRead.json.settings, siteRead.json.untranslatedFields],
      global: globalRead.json.data.SiteSettings,
    }).toEqual({
      site: [
        'Bắc Kạn City Portal',
        expect.objectContaining({
          address: 'Đức Xuân Ward',
          phone: '0209 1',
          footerText: 'Giấy phép số 1',
        }),
        ['settings.footerText'],
      ],
      global: {
        name: 'Cổng thông tin điện tử tỉnh Bắc Kạn',
        address: 'Số 7 Trường Chinh',
        untranslatedFields: ['name', 'address'],
      },
    })
  })

  it('should give media English alt text and captions, the Vietnamese one where none', async () => {
    const sharp = (await import('sharp')).default
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Đại biểu dự hội nghị', caption: 'Đại biểu dự hội nghị' },
      file: { data: photo, mimetype: 'image/png', name: 'dai-bieu.png', size: photo.length },
      depth: 0,
    })
    await payload.update({
      collection: 'media',
      id: media.id,
      locale: 'en',
      data: { alt: 'Delegates at the meeting' },
      depth: 0,
    })
    const { json } = await rest('GET', `/media/${media.id}?locale=en`)
    expect([json.alt, json.caption, json.untranslatedFields]).toEqual([
      'Delegates at the meeting',
      'Đại biểu dự hội nghị',
      ['caption'],
    ])
  })
})
