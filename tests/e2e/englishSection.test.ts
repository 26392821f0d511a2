import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, startSeededServer } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * The English section in the real app (`npm run dev`, the sample newsroom) and Debian's
 * Chromium: /en and the English version of the sample article with hreflang both ways, and an
 * editor switching the content language in the admin while the admin stays in Vietnamese.
 */

const PASSWORD = 'e2e-English-pass-1'
const VI_SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'
const EN_SLUG = 'provincial-people-s-committee-leaders-review-their-collective-and-individual-work'

let server: RunningServer
let browser: Browser | undefined
let page: Page

const open = async (path: string) =>
  (await page.goto(`${server.url}${path}`, { timeout: 150_000 }))?.status()

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
    await page.screenshot({ path: '/tmp/english-article.png', fullPage: true })
  }, 200_000)

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
  }, 200_000)
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
