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
})
