import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '../helpers/axe'
import { launchChromium, startSeededServer } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * The English section in the real app (`npm run dev`, the sample newsroom) and Debian's
 * Chromium: /en and the English version of the sample article with hreflang both ways, the
 * English search, meeting, official and unit pages, axe-core on every English page, and an
 * editor switching the content language in the admin while the admin stays in Vietnamese.
 */

const PASSWORD = 'e2e-English-pass-1'
const VI_SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'
const EN_SLUG = 'provincial-people-s-committee-leaders-review-their-collective-and-individual-work'
const MEETING = 'hoi-nghi-kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh-nam-2020'
const OFFICIAL = 'nguyen-khac-than'
const THAN_IN_ENGLISH =
  "Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee"

let server: RunningServer
let browser: Browser | undefined
let page: Page

const open = async (path: string) =>
  (await page.goto(`${server.url}${path}`, { timeout: 150_000 }))?.status()

const text = (selector: string) => page.locator(selector).first().textContent()

/** The article pages a page links to: the English section's and the Vietnamese portal's. */
const articleLinks = async () => ({
  // A card links its picture and its title.
  english: (await page.locator(`main a[href="/en/news/${EN_SLUG}"]`).count()) > 0,
  vietnamese: await page.locator('main a[href^="/tin/"]').count(),
})

const hreflang = (language: string) =>
  page.locator(`link[rel="alternate"][hreflang="${language}"]`).getAttribute('href')

beforeAll(async () => {
  ;({ server } = await startSeededServer(PASSWORD))
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the English section', () => {
  it('should open /en in English with the English article and categories', async () => {
    expect(await open('/en')).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.site-header__name').textContent()).toBe(
      'Bắc Kạn Provincial Web Portal',
    )
    expect(await page.locator('.site-nav').textContent()).toContain('News and Events')
    expect(await page.locator(`a[href="/en/news/${EN_SLUG}"]`).count()).toBeGreaterThan(0)
    await page.screenshot({ path: '/tmp/english-home.png', fullPage: true })
  }, 200_000)

  it('should print the English article in English form with hreflang to the Vietnamese one', async () => {
    expect(await open(`/en/news/${EN_SLUG}`)).toBe(200)
    expect(await page.locator('.article__date').textContent()).toBe(
      'Wednesday, 30/12/2020 | 18:45:37',
    )
    expect([await hreflang('vi'), await hreflang('en')]).toEqual([
      expect.stringMatching(new RegExp(`/tin/${VI_SLUG}$`)),
      expect.stringMatching(new RegExp(`/en/news/${EN_SLUG}$`)),
    ])
    expect(await page.locator('.article__byline').textContent()).toBe(
      'Text: Minh Hương – Translation: Thu Hà',
    )
    expect(await page.locator('.article__body figcaption').allTextContents()).toContain(
      'Delegates at the meeting. Photo: Thành Tâm',
    )
    await page.screenshot({ path: '/tmp/english-article.png', fullPage: true })
  }, 200_000)

  it("should print the page's byline and credit words in the API's English article", async () => {
    const response = await fetch(`${server.url}/api/articles/by-slug/${EN_SLUG}?locale=en`)
    const { article } = await response.json()
    expect([article.bylineText, article.featuredImage.creditText]).toEqual([
      'Text: Minh Hương – Translation: Thu Hà',
      'Photo: Thành Tâm',
    ])
  })

  it('should link the Vietnamese article to its English version', async () => {
    expect(await open(`/tin/${VI_SLUG}`)).toBe(200)
    expect(await hreflang('en')).toMatch(new RegExp(`/en/news/${EN_SLUG}$`))
    expect(await page.locator(`a[hreflang="en"][href="/en/news/${EN_SLUG}"]`).count()).toBe(1)
  }, 200_000)

  it('should list the English article on its English category page and day', async () => {
    expect(await open('/en/category/leadership-activities')).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Leadership Activities')
    expect(await page.locator(`a[href="/en/news/${EN_SLUG}"]`).count()).toBeGreaterThan(0)
    expect(await open('/en/day/2020-12-30')).toBe(200)
    expect(await page.locator(`a[href="/en/news/${EN_SLUG}"]`).count()).toBeGreaterThan(0)
    // The month's calendar in English, its form landing on the English archive.
    expect(await text('.calendar__nav')).toBe('‹December 2020›')
    expect(await page.locator('.calendar a[aria-current="date"]').getAttribute('aria-label')).toBe(
      '30/12/2020: 1 article',
    )
    await page.locator('#day-picker-date').fill('2020-12-29')
    await page.locator('.day-picker__form button').click()
    await page.waitForURL((url) => url.pathname === '/en/day/2020-12-29', { timeout: 60_000 })
    expect(await text('h1')).toBe('News of 29/12/2020')
  }, 200_000)
})

describe("the English section's search, meeting, official and unit pages", () => {
  it('should search the English articles with English words', async () => {
    expect(await open('/en/search?q=review')).toBe(200)
    expect(await text('h1')).toBe('Search')
    expect(await text('.search-summary')).toBe('1 result for “review”')
    expect(await articleLinks()).toEqual({ english: true, vietnamese: 0 })
    // A Vietnamese phrase finds no English article.
    expect(await open('/en/search?q=ki%E1%BB%83m+%C4%91i%E1%BB%83m')).toBe(200)
    expect(await text('main .empty')).toBe('No English news matches.')
    await page.screenshot({ path: '/tmp/english-search.png', fullPage: true })
  }, 200_000)

  it("should print a meeting with the chair's and attendees' English titles and its English news", async () => {
    expect(await open(`/en/meeting/${MEETING}`)).toBe(200)
    // The meeting's own title is written in Vietnamese only, and says so.
    expect(await page.locator('h1').getAttribute('lang')).toBe('vi')
    const facts = await text('dl.facts')
    expect(facts).toContain('Afternoon of 30/12/2020')
    expect(facts).toContain(`ChairNguyễn Khắc Thận – ${THAN_IN_ENGLISH}`)
    expect(await articleLinks()).toEqual({ english: true, vietnamese: 0 })
    expect([await hreflang('vi'), await hreflang('en')]).toEqual([
      expect.stringMatching(new RegExp(`/cuoc-hop/${MEETING}$`)),
      expect.stringMatching(new RegExp(`/en/meeting/${MEETING}$`)),
    ])
    await page.screenshot({ path: '/tmp/english-meeting.png', fullPage: true })
  }, 200_000)

  it("should print an official's positions in English and link English pages", async () => {
    expect(await open(`/en/official/${OFFICIAL}`)).toBe(200)
    // His positions ended on 30/06/2025 (sampleContent.ts): a former official, in English.
    expect(await text('.profile__title')).toBe(`Former ${THAN_IN_ENGLISH} (until 30/06/2025)`)
    expect(await text('table.data-table thead')).toBe('PositionUnitFromTo')
    expect(await text('table.data-table tbody')).toContain(
      "Chairman of the Provincial People's Committee",
    )
    expect(await text('.meeting-list')).toContain('Chaired')
    expect(await page.locator(`.meeting-list a[href="/en/meeting/${MEETING}"]`).count()).toBe(1)
    expect(await page.locator('main a[href^="/don-vi/"], main a[href^="/cuoc-hop/"]').count()).toBe(
      0,
    )
    await page.screenshot({ path: '/tmp/english-official.png', fullPage: true })
  }, 200_000)

  it("should print a unit's English name and its officials' English titles", async () => {
    expect(await open('/en/unit/ubnd-thanh-pho-bac-kan')).toBe(200)
    expect(await text('h1')).toBe("Bắc Kạn City People's Committee")
    expect(await text('main')).toContain(
      "Dương Hữu Bường – Former Member of the Provincial Party Committee, Deputy Secretary of the City Party Committee, Chairman of the Bắc Kạn City People's Committee (until 30/06/2025)",
    )
    expect(await text('.breadcrumbs')).toContain('Home')
    await page.screenshot({ path: '/tmp/english-unit.png', fullPage: true })
  }, 200_000)

  it('should print one header and footer in each language, linking the other', async () => {
    expect(await open('/en/unit/ubnd-thanh-pho-bac-kan')).toBe(200)
    expect(await page.locator('.site-header a[hreflang="vi"]').getAttribute('href')).toBe('/')
    expect(await page.locator('.site-search').getAttribute('action')).toBe('/en/search')
    expect(await text('.site-footer')).toContain('Managed by:')
    expect(await open('/don-vi/ubnd-thanh-pho-bac-kan')).toBe(200)
    expect(await text('h1')).toBe('UBND thành phố Bắc Kạn')
    expect(await page.locator('.site-header a[hreflang="en"]').getAttribute('href')).toBe('/en')
    expect(await page.locator('.site-search').getAttribute('action')).toBe('/tim-kiem')
    expect(await text('.site-footer')).toContain('Cơ quan chủ quản:')
  }, 200_000)

  it('should pass axe-core on every English page, in English', async () => {
    const pages = [
      '/en',
      '/en/category/leadership-activities',
      `/en/news/${EN_SLUG}`,
      '/en/day/2020-12-30',
      '/en/search?q=review',
      `/en/meeting/${MEETING}`,
      `/en/official/${OFFICIAL}`,
      '/en/unit/ubnd-thanh-pho-bac-kan',
    ]
    const found: Record<string, string[]> = {}
    for (const path of pages) {
      expect(await open(path), path).toBe(200)
      expect(await page.locator('html').getAttribute('lang'), path).toBe('en')
      expect(await page.locator('h1').count(), path).toBe(1)
      found[path] = await seriousViolations(page)
    }
    expect(found).toEqual(Object.fromEntries(pages.map((path) => [path, []])))
  }, 300_000)
})

describe('the admin', () => {
  it('should switch the content language in the edit view and keep the admin in Vietnamese', async () => {
    await page.goto(`${server.url}/admin/login`, { timeout: 150_000 })
    await page.locator('#field-email').fill('admin@toasoan.example')
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 150_000 })

    const categories = await (
      await fetch(`${server.url}/api/categories?where[slug][equals]=tin-tuc-su-kien&depth=0`)
    ).json()
    await page.goto(`${server.url}/admin/collections/categories/${categories.docs[0].id}`, {
      timeout: 150_000,
    })
    const name = page.locator('#field-name')
    await expect.poll(() => name.inputValue(), { timeout: 60_000 }).toBe('Tin tức – Sự kiện')
    await page.locator('.localizer button').first().click()
    // The locale's label in the admin's own language: "Tiếng Anh" for a Vietnamese admin.
    await page.getByRole('button', { name: /Tiếng Anh/ }).click()
    await page.waitForURL((url) => url.searchParams.get('locale') === 'en', { timeout: 60_000 })
    await expect.poll(() => name.inputValue(), { timeout: 60_000 }).toBe('News and Events')
    // The interface language is the user's own: Vietnamese labels while editing English content.
    expect(await page.locator('label[for="field-name"]').textContent()).toContain('Tên chuyên mục')
    await page.screenshot({ path: '/tmp/english-admin.png', fullPage: true })
  }, 300_000)

  it('should show which languages each article has in the articles list', async () => {
    await page.goto(`${server.url}/admin/collections/articles?limit=50`, { timeout: 150_000 })
    const row = page.locator('tbody tr', {
      hasText: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
    })
    await row.waitFor({ timeout: 60_000 })
    expect(await page.locator('thead').textContent()).toContain('Các ngôn ngữ')
    expect(await row.textContent()).toContain('Tiếng Việt, Tiếng Anh')
    await page.screenshot({ path: '/tmp/english-admin-list.png', fullPage: true })
  }, 200_000)
})
