import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { getArticlePage } from '@/portal/queries/articlePage'
import { getCategoryPage } from '@/portal/queries/categoryPage'
import { getDayPage } from '@/portal/queries/dayPage'
import { getHomePage } from '@/portal/queries/homePage'
import { getMeetingPage } from '@/portal/queries/meetingPage'
import { getOfficialPage } from '@/portal/queries/officialPage'
import { getSearchPage } from '@/portal/queries/searchPage'
import { getUnitPage } from '@/portal/queries/unitPage'

import { startApiServer, type ApiServer } from '../helpers/apiServer'
import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { articleInStage, placeInStage } from '../helpers/workflow'

type TestUser = Awaited<ReturnType<typeof createUser>>
type ArticleData = Pick<Article, 'title'> &
  Partial<Pick<Article, 'language' | 'byline' | 'meeting'>>

let payload: Payload
let chief: TestUser
let translator: TestUser
let chiefToken: string
let translatorToken: string
let categoryId: string
/** A published Vietnamese article and its English translation, published on its own. */
let original: { id: string; slug: string }
let english: { id: string; slug: string }
/** A Vietnamese draft whose English version is published first. */
let draftOriginalId: string

const PUBLISHED_AT = '2020-12-30T11:45:37.000Z'

const transitionOverRest = (id: string, to: string, note?: string) =>
  rest('POST', `/articles/${id}/transition`, { token: chiefToken, body: { to, note } })

/** A new article, published straight away (as an import places it), on a day of its own. */
const publishedArticle = async (data: ArticleData) => {
  const { id } = await payload.create({
    collection: 'articles',
    data: { publishedAt: '2021-03-15T03:00:00.000Z', ...data },
    depth: 0,
  })
  await placeInStage(payload, id, 'published')
  return id
}

/** An English version created by the translator over REST, then moved to `approved`. */
const approvedTranslation = async (translationOf: string, title: string) => {
  const { status, json } = await rest('POST', '/articles', {
    token: translatorToken,
    body: {
      title,
      lead: 'The English lead.',
      language: 'en',
      translationOf,
      category: categoryId,
      publishedAt: PUBLISHED_AT,
      byline: [{ person: { relationTo: 'users', value: translator.id }, role: 'translation' }],
    },
  })
  if (status !== 201) throw new Error(`translation: ${status} ${JSON.stringify(json)}`)
  await placeInStage(payload, json.doc.id, 'approved')
  return { id: json.doc.id as string, slug: json.doc.slug as string }
}

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  chief = await createUser(payload, ['editorInChief'])
  translator = await createUser(payload, ['reporter'], 'Lê Thu Trang')
  chiefToken = await login(chief.email, TEST_PASSWORD)
  translatorToken = await login(translator.email, TEST_PASSWORD)
  categoryId = (
    await payload.create({ collection: 'categories', data: { name: 'Thời sự' }, depth: 0 })
  ).id
  await payload.update({
    collection: 'categories',
    id: categoryId,
    locale: 'en',
    data: { name: 'News' },
    depth: 0,
  })

  const originalId = await articleInStage(payload, 'approved', {
    title: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
    publishedAt: PUBLISHED_AT,
  })
  await payload.update({
    collection: 'articles',
    id: originalId,
    data: { category: categoryId },
    depth: 0,
  })
  await transitionOverRest(originalId, 'published')
  original = {
    id: originalId,
    slug: (await payload.findByID({ collection: 'articles', id: originalId })).slug as string,
  }
  english = await approvedTranslation(
    originalId,
    'Self-criticism review of the Provincial Committee leadership',
  )
  await transitionOverRest(english.id, 'published')

  draftOriginalId = await articleInStage(payload, 'draft', { title: 'Bài tiếng Việt còn nháp' })
  await payload.update({
    collection: 'articles',
    id: draftOriginalId,
    data: { category: categoryId },
    depth: 0,
  })
})

describe('an English version as its own article', () => {
  it('should make the English slug from the English title', () => {
    expect(english.slug).toBe('self-criticism-review-of-the-provincial-committee-leadership')
  })

  it('should print the English publish time in English form', async () => {
    const { json } = await rest('GET', `/articles/${english.id}`)
    expect(json.publishedAtDisplay).toBe('Wednesday, 30/12/2020 | 18:45:37')
  })

  it("should print the English version's byline with English role words", async () => {
    const { json } = await rest('GET', `/articles/${english.id}`)
    expect(json.bylineText).toBe('Translation: Lê Thu Trang')
  })

  it("should print each version's byline in its own language over GraphQL, whatever the locale", async () => {
    const credits = [
      { person: { relationTo: 'users' as const, value: chief.id }, role: 'text' as const },
      { person: { relationTo: 'users' as const, value: translator.id }, role: 'photo' as const },
    ]
    const ids = [
      await publishedArticle({ title: 'Tin có ảnh', byline: credits }),
      await publishedArticle({ title: 'A story with photos', language: 'en', byline: credits }),
    ]
    const bylines = async (locale: string) =>
      (
        await graphql(/* GraphQL */ `{
          Articles(where: { id: { in: ${JSON.stringify(ids)} } }, sort: "title", locale: ${locale}) {
            docs { language bylineText }
          }
        }`)
      ).json.data.Articles.docs
    const expected = [
      { language: 'en', bylineText: `Text: ${chief.fullName} – Photo: Lê Thu Trang` },
      { language: 'vi', bylineText: `Bài: ${chief.fullName} – Ảnh: Lê Thu Trang` },
    ]
    expect([await bylines('vi'), await bylines('en')]).toEqual([expected, expected])
  })

  it('should take a royalty line for the translation', async () => {
    const { status, json } = await rest('POST', '/royalty-lines', {
      token: chiefToken,
      body: {
        document: { relationTo: 'articles', value: english.id },
        payee: { relationTo: 'users', value: translator.id },
        genre: 'translation',
        coefficient: 2,
      },
    })
    expect([status, json.doc?.amount]).toEqual([201, 468_000])
  })

  it('should link the two versions both ways on the article page', async () => {
    const englishPage = await rest('GET', `/articles/by-slug/${english.slug}`)
    const originalPage = await rest('GET', `/articles/by-slug/${original.slug}`)
    expect({
      original: englishPage.json.article.translationOf,
      translations: originalPage.json.article.translations.docs,
    }).toEqual({
      original: {
        id: original.id,
        slug: original.slug,
        language: 'vi',
        title: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
      },
      translations: [
        {
          id: english.id,
          slug: english.slug,
          language: 'en',
          title: 'Self-criticism review of the Provincial Committee leadership',
        },
      ],
    })
  })

  it('should list both languages on each version for staff', async () => {
    const { json } = await rest('GET', `/articles?where[id][in]=${original.id},${english.id}`, {
      token: chiefToken,
    })
    expect(json.docs.map((doc: { languages: string[] }) => doc.languages).sort()).toEqual([
      ['en', 'vi'],
      ['vi', 'en'],
    ])
  })
})

describe('publishing each language on its own', () => {
  it('should publish the English version and leave the Vietnamese draft unpublished', async () => {
    const draftEnglish = await approvedTranslation(draftOriginalId, 'An English version first')
    const published = await transitionOverRest(draftEnglish.id, 'published')
    const vietnamese = await rest('GET', `/articles/${draftOriginalId}`)
    const englishRead = await rest('GET', `/articles/${draftEnglish.id}`)
    expect([published.status, vietnamese.status, englishRead.status]).toEqual([200, 404, 200])
  })

  it('should hide a draft translation from anonymous readers of the original', async () => {
    const otherOriginal = await articleInStage(payload, 'published', { title: 'Bài gốc thứ ba' })
    await approvedTranslation(otherOriginal, 'A translation still in review')
    const { json } = await rest('GET', `/articles/${otherOriginal}`)
    expect(json.translations.docs).toEqual([])
  })

  it('should leave the English text alone when the Vietnamese correction is published', async () => {
    await payload.update({
      collection: 'articles',
      id: original.id,
      data: { lead: 'Sapo đã sửa.' },
      user: chief,
      overrideAccess: false,
    })
    const correction = await transitionOverRest(original.id, 'published')
    const { json } = await rest('GET', `/articles/${english.id}`)
    expect([correction.status, json.lead, json.title]).toEqual([
      200,
      'The English lead.',
      'Self-criticism review of the Provincial Committee leadership',
    ])
  })

  it('should unpublish the English version alone', async () => {
    const other = await articleInStage(payload, 'published', { title: 'Bài gốc để gỡ bản dịch' })
    const translation = await approvedTranslation(other, 'A translation to take down')
    await transitionOverRest(translation.id, 'published')
    const unpublished = await transitionOverRest(translation.id, 'unpublished', 'Dịch sai')
    const englishRead = await rest('GET', `/articles/${translation.id}`)
    const vietnamese = await rest('GET', `/articles/${other}`)
    expect([unpublished.status, englishRead.status, vietnamese.status]).toEqual([200, 404, 200])
  })
})

describe('reads per language', () => {
  it("should answer a category page with the request's language", async () => {
    const vietnamese = await rest('GET', '/articles/latest?category=thoi-su')
    const englishPage = await rest('GET', '/articles/latest?category=news&locale=en')
    const languagesOf = (docs: { language: string }[]) => [...new Set(docs.map((d) => d.language))]
    expect({
      vi: languagesOf(vietnamese.json.docs),
      en: languagesOf(englishPage.json.docs),
      hasEnglish: englishPage.json.docs.some((doc: { id: string }) => doc.id === english.id),
    }).toEqual({ vi: ['vi'], en: ['en'], hasEnglish: true })
  })

  it('should answer the day archive and its calendar per language', async () => {
    const vietnamese = await rest('GET', '/articles/by-day/2020-12-30')
    const englishDay = await rest('GET', '/articles/by-day/2020-12-30?locale=en')
    const englishDays = await rest('GET', '/articles/days?month=2020-12&locale=en')
    const englishCount = englishDay.json.docs.length
    expect({
      vi: vietnamese.json.docs.map((doc: { id: string }) => doc.id),
      en: englishDay.json.docs.every((doc: { language: string }) => doc.language === 'en'),
      days: englishDays.json.days,
    }).toEqual({ vi: [original.id], en: true, days: [{ date: '2020-12-30', count: englishCount }] })
  })

  it('should relate only articles in the same language', async () => {
    const { json } = await rest('GET', `/articles/by-slug/${english.slug}?related=5`)
    expect(json.related.map((doc: { language: string }) => doc.language)).toEqual(['en'])
  })

  it('should answer a GraphQL read query in the locale asked for, names included', async () => {
    const { json } = await graphql(`
      {
        latestArticles(category: "news", locale: en) {
          docs {
            id
            language
            category {
              name
            }
          }
        }
      }
    `)
    expect(json.data.latestArticles.docs).toContainEqual({
      id: english.id,
      language: 'en',
      category: { name: 'News' },
    })
  })

  it('should answer a GraphQL read query without a locale in Vietnamese', async () => {
    const { json } = await graphql(`
      {
        articlesByDay(date: "2020-12-30") {
          docs {
            id
          }
        }
      }
    `)
    expect(json.data.articlesByDay.docs).toEqual([{ id: original.id }])
  })
})

describe('translation links that cannot hold', () => {
  const refused = async (body: Record<string, unknown>) => {
    const { status, json } = await rest('POST', '/articles', { token: chiefToken, body })
    return { status, message: String(json.errors?.[0]?.message) }
  }

  it('should refuse a translation in the original language', async () => {
    expect(await refused({ title: 'Cùng ngôn ngữ', translationOf: original.id })).toMatchObject({
      status: 400,
      message: expect.stringContaining('another language'),
    })
  })

  it('should refuse a second English version of one original', async () => {
    expect(
      await refused({ title: 'Second English', language: 'en', translationOf: original.id }),
    ).toMatchObject({ status: 400, message: expect.stringContaining('already has') })
  })

  it('should refuse a translation of a translation', async () => {
    expect(
      await refused({ title: 'Bản dịch của bản dịch', translationOf: english.id }),
    ).toMatchObject({ status: 400, message: expect.stringContaining('itself a translation') })
  })
})

describe("the portal's queries per language, over HTTP as the portal sends them", () => {
  let api: ApiServer

  beforeAll(async () => {
    api = await startApiServer()
    process.env.PORTAL_API_URL = api.url
  })

  afterAll(() => api.close())

  const languagesOf = (docs: { language?: string | null }[]) => [
    ...new Set(docs.map((doc) => doc.language)),
  ]

  it('should fill the home page with the articles of its language', async () => {
    const [vietnamese, englishHome] = [await getHomePage('vi'), await getHomePage('en')]
    expect({
      vi: languagesOf([...vietnamese.latest, ...vietnamese.mostRead]),
      en: languagesOf([...englishHome.latest, ...englishHome.mostRead]),
      sections: englishHome.sections.map(({ category }) => category.name),
    }).toEqual({ vi: ['vi'], en: ['en'], sections: ['News'] })
  })

  it('should read the English category, day and article pages in English', async () => {
    const category = await getCategoryPage('news', 1, 'en')
    const day = await getDayPage('2020-12-30', 1, 'en')
    const { article } = await getArticlePage(english.slug, 'en')
    expect({
      category: [category?.category.name, languagesOf(category?.articles.docs ?? [])],
      day: languagesOf(day.articlesByDay.docs),
      article: [article.category?.name, article.translationOf?.slug],
    }).toEqual({
      category: ['News', ['en']],
      day: ['en'],
      article: ['News', original.slug],
    })
  })

  describe('the English search, meeting, official and unit pages', () => {
    let meetingSlug: string
    let officialSlug: string
    let unitSlug: string
    let meetingArticles: { vi: string; en: string }

    beforeAll(async () => {
      const unit = await payload.create({
        collection: 'units',
        data: { name: 'UBND tỉnh Thử', kind: 'peoplesCommittee', level: 'province' },
        depth: 0,
      })
      await payload.update({
        collection: 'units',
        id: unit.id,
        locale: 'en',
        data: { name: "Test Provincial People's Committee" },
        depth: 0,
      })
      const official = await payload.create({
        collection: 'officials',
        data: {
          fullName: 'Nguyễn Văn Thử',
          positions: [{ title: 'Chủ tịch UBND tỉnh', unit: unit.id, from: '2020-01-01' }],
        },
        depth: 0,
      })
      const positionId = official.positions?.[0]?.id
      await payload.update({
        collection: 'officials',
        id: official.id,
        locale: 'en',
        data: {
          positions: [
            {
              id: positionId,
              title: "Chairman of the Provincial People's Committee",
              unit: unit.id,
              from: '2020-01-01',
            },
          ],
        },
        depth: 0,
      })
      const meeting = await payload.create({
        collection: 'meetings',
        data: {
          title: 'Hội nghị kiểm điểm năm 2020',
          kind: 'review',
          startsAt: '2020-12-30T07:00:00.000Z',
          hostUnits: [unit.id],
          chair: official.id,
        },
        depth: 0,
      })
      // A published article keeps its published version until the next publication: new ones.
      meetingArticles = {
        vi: await publishedArticle({ title: 'Tin hội nghị kiểm điểm', meeting: meeting.id }),
        en: await publishedArticle({
          title: 'Self-criticism review meeting news',
          language: 'en',
          meeting: meeting.id,
        }),
      }
      meetingSlug = meeting.slug as string
      officialSlug = official.slug as string
      unitSlug = unit.slug as string
    })

    it('should search the English articles alone, with English words', async () => {
      const english = await getSearchPage('self-criticism review', 1, 'en')
      const vietnameseWords = await getSearchPage('tin hội nghị kiểm điểm', 1, 'en')
      expect({
        languages: [...new Set(english.docs.map((doc) => doc.language))],
        hasMeetingNews: english.docs.some((doc) => doc.id === meetingArticles.en),
        vietnameseWords: vietnameseWords.docs.map((doc) => doc.language),
      }).toEqual({ languages: ['en'], hasMeetingNews: true, vietnameseWords: [] })
    })

    it("should print a meeting's chair with the English title of that day and its English news", async () => {
      const page = await getMeetingPage(meetingSlug, 'en')
      expect({
        chairTitle: page?.meeting.chairTitle,
        host: page?.meeting.hostUnits?.map((unit) => unit.name),
        articles: page?.articles.map((article) => article.id),
      }).toEqual({
        chairTitle: "Chairman of the Provincial People's Committee",
        host: ["Test Provincial People's Committee"],
        articles: [meetingArticles.en],
      })
    })

    it('should keep the Vietnamese meeting page in Vietnamese, with the Vietnamese news', async () => {
      const page = await getMeetingPage(meetingSlug, 'vi')
      expect([page?.meeting.chairTitle, page?.articles.map((article) => article.id)]).toEqual([
        'Chủ tịch UBND tỉnh',
        [meetingArticles.vi],
      ])
    })

    it("should print an official's positions and a unit's officials in English", async () => {
      const official = await getOfficialPage(officialSlug, 'en')
      const unit = await getUnitPage(unitSlug, 'en')
      expect({
        title: official?.official.currentTitle,
        positions: official?.official.positions?.map((p) => [p.title, p.unit?.name]),
        meetings: official?.meetings.map((meeting) => meeting.slug),
        unit: unit?.unit.name,
        officials: unit?.officials.map((o) => o.currentTitle),
      }).toEqual({
        title: "Chairman of the Provincial People's Committee",
        positions: [
          ["Chairman of the Provincial People's Committee", "Test Provincial People's Committee"],
        ],
        meetings: [meetingSlug],
        unit: "Test Provincial People's Committee",
        officials: ["Chairman of the Provincial People's Committee"],
      })
    })
  })
})
