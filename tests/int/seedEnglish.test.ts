import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed/seed'

import { graphql, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'

let payload: Payload
let english: Record<string, unknown> & { id: string; slug: string }

const ENGLISH_SLUG =
  'provincial-people-s-committee-leaders-review-their-collective-and-individual-work'

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
  const { json } = await rest('GET', `/articles/by-slug/${ENGLISH_SLUG}?locale=en`)
  english = json.article
})

describe("the sample newsroom's English section", () => {
  it('should publish the English version of a sample article through every workflow step', async () => {
    const history = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: english.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect({
      published: english.publishedAtDisplay,
      steps: history.docs.map((event) => (event as { toStage?: string }).toStage),
    }).toEqual({
      published: 'Wednesday, 30/12/2020 | 18:45:37',
      steps: ['submitted', 'edited', 'approved', 'published'],
    })
  })

  it('should credit the translator in English words and link the Vietnamese original', async () => {
    expect({
      byline: english.bylineText,
      credit: (english.featuredImage as { creditText: string }).creditText,
      original: (english.translationOf as { slug: string }).slug,
    }).toEqual({
      byline: 'Text: Minh Hương – Translation: Thu Hà',
      credit: 'Photo: Thành Tâm',
      original: 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh',
    })
  })

  it("should list English among the province site's languages, for the portal's header", async () => {
    const { json } = await graphql('{ currentSite { languages } }')
    expect(json.data.currentSite.languages).toEqual(['vi', 'en'])
  })

  it('should name the categories, units and officials in English', async () => {
    const { json } = await graphql(`
      {
        Categories(locale: en, sort: "createdAt") {
          docs {
            name
            slug
          }
        }
        Units(locale: en, where: { slug: { equals: "ubnd-thanh-pho-bac-kan" } }) {
          docs {
            name
          }
        }
      }
    `)
    expect({
      categories: json.data.Categories.docs,
      unit: json.data.Units.docs[0].name,
    }).toEqual({
      categories: [
        { name: 'News and Events', slug: 'news-and-events' },
        { name: 'Leadership Activities', slug: 'leadership-activities' },
        { name: 'Party Building', slug: 'party-building' },
      ],
      unit: "Bắc Kạn City People's Committee",
    })
  })

  it("should print the chair's title on the meeting day in English", async () => {
    const official = await payload.find({
      collection: 'officials',
      where: { slug: { equals: 'nguyen-khac-than' } },
      depth: 0,
    })
    const { json } = await rest(
      'GET',
      `/officials/${official.docs[0].id}/title?date=2020-12-30&locale=en`,
    )
    expect(json.title).toBe(
      "Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee",
    )
  })

  it('should report the wards left without an English name', async () => {
    const { json } = await rest('GET', '/units?locale=en&where[slug][equals]=phuong-song-cau')
    expect([json.docs[0].name, json.docs[0].untranslatedFields]).toEqual([
      'Phường Sông Cầu',
      ['name'],
    ])
  })

  it('should print the site settings in English', async () => {
    const { json } = await rest('GET', '/globals/site-settings?locale=en')
    expect([json.name, json.phone, json.untranslatedFields]).toEqual([
      'Bắc Kạn Provincial Web Portal',
      '0209 3870 000',
      [],
    ])
  })
})
