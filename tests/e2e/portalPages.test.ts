import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signPreviewToken } from '@/portal/preview/previewToken'
import { placeholderPhoto } from '@/seed/placeholderMedia'
import type { Json } from '@tests/helpers/json'

import { seriousViolations } from '../helpers/axe'
import { launchChromium, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * The portal as readers and editors use it, in the real app (`npm run dev`) and Debian's
 * Chromium: the sample article as the old portal printed it, its view counted, the pages checked
 * with axe-core, the structured data parsed, and the draft preview with and without its token.
 */

const PASSWORD = 'e2e-Portal-pass-1'
/** startDevServer's PAYLOAD_SECRET: the tests sign their own expired and forged tokens. */
const SERVER_SECRET = 'e2e-secret'
const SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'
const TITLE = 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh'
const MEETING = 'hoi-nghi-kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh-nam-2020'
const OFFICIAL = 'nguyen-khac-than'
/** A word no published article has: wherever it shows, a draft leaked. */
const SECRET_WORD = 'Zyxwoq'

let server: RunningServer
let api: Api
let adminToken: string
let browser: Browser | undefined
let reader: BrowserContext
let page: Page
let articleId: string

const shot = (name: string) => page.screenshot({ path: `/tmp/portal-${name}.png`, fullPage: true })

const open = async (path: string, target: Page = page) => {
  const response = await target.goto(`${server.url}${path}`, { timeout: 150_000 })
  return response?.status()
}

const structuredData = async () =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, Json>,
  )

beforeAll(async () => {
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  articleId = (await api(`/articles?where[slug][equals]=${SLUG}&depth=0`)).docs[0].id
  browser = await launchChromium()
  reader = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await reader.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the portal', () => {
  it('should print the sample article as the old portal did, and count one view', async () => {
    expect(await open(`/tin/${SLUG}`)).toBe(200)
    const article = page.locator('article.article')
    expect(await article.locator('h1').textContent()).toBe(TITLE)
    expect(await article.locator('.article__date').textContent()).toBe(
      'Thứ 4, 30/12/2020 | 18:45:37',
    )
    expect(await article.locator('.article__views').textContent()).toBe('8,093 lượt xem')
    expect(await article.locator('.article__lead').textContent()).toMatch(/^Chiều ngày 30\/12/)
    const captions = await article.locator('figure figcaption').allTextContents()
    expect(captions).toContain(
      'Đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: Thành Tâm',
    )
    expect(captions).toContain('Đại biểu dự hội nghị. Ảnh: Thành Tâm')
    expect(await article.locator('figure img').first().getAttribute('alt')).toMatch(/^Đồng chí/)
    expect(await article.locator('audio').getAttribute('src')).toMatch(/\.mp3$/)
    // The byline is the article's last line.
    expect(await article.locator('.article__content > :last-child').textContent()).toBe(
      'Minh Hương',
    )
    const related = page.locator('section.related')
    expect(await related.locator('h2').textContent()).toBe('Tin cùng chuyên mục')
    expect(await related.locator('li a').count()).toBeGreaterThan(0)
    expect(await related.textContent()).not.toContain(TITLE)
    const dayLink = page.locator('.day-picker a[href="/ngay/2020-12-30"]')
    expect(await page.locator('.day-picker h2').textContent()).toBe('Xem tin theo ngày')
    await shot('article')

    // A+ makes the article's text larger (and is remembered); printing shows the article alone.
    const size = () =>
      article.locator('.article__lead').evaluate((el) => getComputedStyle(el).fontSize)
    const before = parseFloat(await size())
    await page.getByRole('button', { name: /^A\+/ }).click()
    expect(parseFloat(await size())).toBeGreaterThan(before)
    await page.getByRole('button', { name: /^A-/ }).click()
    expect(parseFloat(await size())).toBe(before)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('section.related').isVisible()).toBe(false)
    expect(await article.locator('h1').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    // One view for one reading (the counter runs once, in the browser; on a loaded machine the
    // dev server may first compile the counter's route).
    await expect
      .poll(
        async () => (await api(`/articles/${articleId}?depth=0`, { token: adminToken })).views,
        {
          timeout: 90_000,
        },
      )
      .toBe(8094)
    await page.waitForTimeout(1500)
    expect((await api(`/articles/${articleId}?depth=0`, { token: adminToken })).views).toBe(8094)

    await dayLink.click()
    await page.waitForURL((url) => url.pathname === '/ngay/2020-12-30', { timeout: 120_000 })
    expect(await page.locator('h1').textContent()).toBe('Tin ngày 30/12/2020')
    expect(await page.locator('.article-list').textContent()).toContain(TITLE)
  })

  it('should describe the article for search engines and sharing', async () => {
    expect(await open(`/tin/${SLUG}`)).toBe(200)
    const url = `${server.url}/tin/${SLUG}`
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url)
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(TITLE)
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article')
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /^http:\/\/localhost:\d+\/api\/media\/file\/.+\.jpg$/,
    )
    const data = await structuredData()
    const news = data.find((item) => item['@type'] === 'NewsArticle')!
    expect(news.headline).toBe(TITLE)
    expect(news.url).toBe(url)
    expect(news.inLanguage).toBe('vi')
    expect(news.datePublished).toBe('2020-12-30T18:45:37+07:00')
    expect(news.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/)
    expect(news.author).toEqual([{ '@type': 'Person', name: 'Minh Hương' }])
    expect(news.image[0]['@type']).toBe('ImageObject')
    expect(news.image[0].creditText).toBe('Thành Tâm')
    expect(news.image[0].author).toEqual({ '@type': 'Person', name: 'Thành Tâm' })
    expect(news.image[0].caption).toMatch(/Ảnh: Thành Tâm$/)
    expect(news.publisher).toMatchObject({
      '@type': 'Organization',
      name: 'Cổng thông tin điện tử tỉnh Bắc Kạn',
    })
    const trail = data.find((item) => item['@type'] === 'BreadcrumbList')!
    expect(trail.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Trang chủ',
      'Tin tức – Sự kiện',
      'Hoạt động của lãnh đạo',
      TITLE,
    ])
    expect(trail.itemListElement.map((item: { position: number }) => item.position)).toEqual([
      1, 2, 3, 4,
    ])
    expect(trail.itemListElement[3].item).toBe(url)
  })

  it('should pass axe-core on the home, category, article, meeting and official pages', async () => {
    const pages = {
      home: '/',
      category: '/chuyen-muc/tin-tuc-su-kien',
      article: `/tin/${SLUG}`,
      meeting: `/cuoc-hop/${MEETING}`,
      official: `/can-bo/${OFFICIAL}`,
    }
    const found: Record<string, string[]> = {}
    for (const [name, path] of Object.entries(pages)) {
      expect(await open(path), path).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe('vi')
      expect(await page.locator('h1').count(), path).toBe(1)
      found[name] = await seriousViolations(page)
      await shot(name)
    }
    expect(found).toEqual({ home: [], category: [], article: [], meeting: [], official: [] })
  })

  it('should show a meeting, an official and a unit with their links', async () => {
    expect(await open(`/cuoc-hop/${MEETING}`)).toBe(200)
    const facts = page.locator('dl.facts')
    expect(await facts.textContent()).toContain('Chiều 30/12/2020')
    expect(await facts.textContent()).toContain(
      'Đồng chí Nguyễn Khắc Thận – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    )
    expect(await page.locator('main').textContent()).toContain(TITLE)

    expect(await open(`/can-bo/${OFFICIAL}`)).toBe(200)
    expect(await page.locator('table.data-table tbody tr').count()).toBeGreaterThan(0)
    expect(await page.locator('.meeting-list').textContent()).toContain('Chủ trì')

    expect(await open('/don-vi/ubnd-thanh-pho-bac-kan')).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('UBND thành phố Bắc Kạn')
    expect(await page.locator('main').textContent()).toContain('Dương Hữu Bường')

    expect(await open('/tim-kiem?q=kiem+diem+tap+the')).toBe(200)
    expect(await page.locator('.article-list').textContent()).toContain(TITLE)
    expect(await open('/chuyen-muc/khong-co')).toBe(404)
    // The sample content fills one page: a page past the last is not found, not an empty list.
    expect(await open('/chuyen-muc/tin-tuc-su-kien?trang=2')).toBe(404)
    expect(await open('/chuyen-muc/tin-tuc-su-kien/trang/9999')).toBe(404)
  })

  it('should open a draft from "Xem trước" in the admin, for its staff member only', async () => {
    const { doc: draft } = await api('/articles', {
      method: 'POST',
      token: adminToken,
      body: { title: `Dự thảo ${SECRET_WORD} chưa duyệt`, lead: `Sapo ${SECRET_WORD}.` },
    })
    // A correction of a published article, saved but not yet published.
    await api(`/articles/${articleId}?draft=true`, {
      method: 'PATCH',
      token: adminToken,
      body: { title: `${TITLE} ${SECRET_WORD}` },
    })

    const staff = await browser!.newContext({ viewport: { width: 1440, height: 900 } })
    try {
      const admin = await staff.newPage()
      await open('/admin/login', admin)
      await admin.locator('#field-email').fill('admin@toasoan.example')
      await admin.locator('#field-password').fill(PASSWORD)
      await admin.locator('form button[type="submit"]').click()
      await admin.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })
      await open(`/admin/collections/articles/${draft.id}`, admin)
      const button = admin.locator('#preview-button')
      await button.waitFor({ timeout: 120_000 })
      const href = (await button.getAttribute('href'))!
      expect(href).toMatch(/^(https?:\/\/[^/]+)?\/xem-truoc\?token=[\w-]+\.[\w-]+$/)
      // On the site's address when SERVER_URL is set (the test server sets it), else relative.
      const previewLink = new URL(href, server.url)
      expect(previewLink.origin).toBe(server.url)
      const previewPath = `${previewLink.pathname}${previewLink.search}`

      const preview = await staff.newPage()
      expect(await open(previewPath, preview)).toBe(200)
      expect(new URL(preview.url()).pathname).toBe(`/xem-truoc/${draft.id}`)
      expect(await preview.locator('h1').textContent()).toBe(`Dự thảo ${SECRET_WORD} chưa duyệt`)
      expect(await preview.locator('.preview-banner').textContent()).toContain('Bản xem trước')
      await preview.screenshot({ path: '/tmp/portal-preview.png', fullPage: true })

      // The same link in a browser with no newsroom login: nothing of the draft.
      const stranger = await reader.newPage()
      expect(await open(previewPath, stranger)).toBe(404)
      expect(await stranger.content()).not.toContain(SECRET_WORD)
      await stranger.close()
    } finally {
      await staff.close()
    }

    const expired = signPreviewToken({
      secret: SERVER_SECRET,
      articleId: draft.id,
      userId: 'anyone',
      now: Date.now() - 21 * 60_000,
    })
    const forged = signPreviewToken({ secret: 'guessed', articleId: draft.id, userId: 'anyone' })
    for (const token of [expired, forged, 'nonsense']) {
      const response = await fetch(`${server.url}/xem-truoc?token=${token}`, { redirect: 'manual' })
      expect(response.status).toBe(403)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    const direct = await fetch(`${server.url}/xem-truoc/${draft.id}`)
    expect(direct.status).toBe(404)

    // No portal page shows the draft or the unpublished correction.
    for (const path of [
      '/',
      '/chuyen-muc/tin-tuc-su-kien',
      '/chuyen-muc/hoat-dong-cua-lanh-dao',
      `/tin/${SLUG}`,
      '/ngay/2020-12-30',
      `/ngay/${new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)}`,
      `/cuoc-hop/${MEETING}`,
    ]) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).not.toContain(SECRET_WORD)
    }
    // The search page repeats the query: what must not show is a result.
    expect(await open(`/tim-kiem?q=${SECRET_WORD}`)).toBe(200)
    expect(await page.locator('.search-summary').textContent()).toBe(
      `0 kết quả cho “${SECRET_WORD}”`,
    )
    expect(await page.locator('.article-list').count()).toBe(0)
    expect((await fetch(`${server.url}/tin/${draft.slug}`)).status).toBe(404)
  })
})

describe('the portal on a phone (375 px)', () => {
  let phone: Page

  beforeAll(async () => {
    const context = await browser!.newContext({ viewport: { width: 375, height: 812 } })
    phone = await context.newPage()
  })

  afterAll(async () => {
    await phone?.context().close()
  })

  /** How far each element matching `selector` reaches past the right edge of its `within`. */
  const overhang = (selector: string, within: string) =>
    phone.evaluate(
      ([selector, within]) =>
        [...document.querySelectorAll(selector)].map((element) => {
          const box = element.closest(within)!.getBoundingClientRect()
          return Math.max(0, Math.round(element.getBoundingClientRect().right - box.right))
        }),
      [selector, within],
    )

  it('should link the English version in the date line, not in a box of its own', async () => {
    expect(await open(`/tin/${SLUG}`, phone)).toBe(200)
    const english = phone.locator('a[hreflang="en"]:not(.site-header a)')
    expect(await english.textContent()).toBe('English')
    expect(await english.evaluate((link) => link.closest('.article__meta') !== null)).toBe(true)
    // The only box above the article is the one holding it.
    expect(await phone.locator('main > .container').count()).toBe(1)
    await phone.screenshot({ path: '/tmp/portal-phone-article.png', fullPage: true })
  })

  it('should not justify the body text, which opens gaps between words at this width', async () => {
    expect(await open(`/tin/${SLUG}`, phone)).toBe(200)
    const alignments = await phone
      .locator('.article__body p')
      .evaluateAll((paragraphs) => paragraphs.map((p) => getComputedStyle(p).textAlign))
    expect(alignments.length).toBeGreaterThan(0)
    expect(alignments.filter((alignment) => alignment === 'justify')).toEqual([])
  })

  it('should fit an official’s positions inside the page, each cell named', async () => {
    expect(await open(`/can-bo/${OFFICIAL}`, phone)).toBe(200)
    const cells = await overhang('.data-table td', 'main > .container')
    expect(cells.length).toBeGreaterThan(0)
    expect(cells.filter((pixels) => pixels > 0)).toEqual([])
    expect(await phone.locator('.data-table td').first().getAttribute('data-label')).toBe('Chức vụ')
    expect(await seriousViolations(phone)).toEqual([])
    await phone.screenshot({ path: '/tmp/portal-phone-official.png', fullPage: true })
  })

  it('should keep a long unbroken search within the page’s width', async () => {
    expect(await open(`/tim-kiem?q=${'x'.repeat(120)}`, phone)).toBe(200)
    expect(await phone.locator('.search-summary').textContent()).toContain('x'.repeat(120))
    const [page, view] = await phone.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ])
    expect(page).toBe(view)
  })

  it('should leave space between a unit’s lists and the next heading', async () => {
    expect(await open('/don-vi/ubnd-thanh-pho-bac-kan', phone)).toBe(200)
    const gaps = await phone.locator('section > .plain-list').evaluateAll((lists) =>
      lists.map((list) => {
        const heading = list.parentElement!.nextElementSibling?.querySelector('h2')
        return heading
          ? Math.round(heading.getBoundingClientRect().top - list.getBoundingClientRect().bottom)
          : null
      }),
    )
    expect(gaps.filter((gap) => gap !== null && gap < 12)).toEqual([])
    expect(gaps.filter((gap) => gap !== null).length).toBeGreaterThan(0)
  })
})

describe('an article whose only photo is its featured image', () => {
  it('should print that photo with its caption and the credit’s word once', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await placeholderPhoto(120))], { type: 'image/jpeg' }),
      'anh.jpg',
    )
    // The reporter typed the word as well: the portal must not print "Ảnh: Ảnh: …".
    form.append(
      '_payload',
      JSON.stringify({
        alt: 'Quang cảnh hội nghị',
        caption: 'Quang cảnh hội nghị tổng kết',
        credit: 'Ảnh: Minh Hương',
      }),
    )
    const upload = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${adminToken}` },
      body: form,
    })
    expect(upload.status).toBe(201)
    const { doc: photo } = (await upload.json()) as { doc: { id: string } }
    const { doc: article } = await api('/articles', {
      token: adminToken,
      method: 'POST',
      body: {
        title: 'Sở Tư pháp tổng kết công tác năm',
        lead: 'Sáng 1/12, Sở Tư pháp tổ chức hội nghị tổng kết.',
        featuredImage: photo.id,
      },
    })
    for (const to of ['submitted', 'edited', 'approved', 'published']) {
      await api(`/articles/${article.id}/transition`, {
        token: adminToken,
        method: 'POST',
        body: { to },
      })
    }
    expect(await open(`/tin/${article.slug}`)).toBe(200)
    const figure = page.locator('article figure:has(img)')
    expect(await figure.count()).toBe(1)
    expect(await figure.locator('img').getAttribute('alt')).toBe('Quang cảnh hội nghị')
    expect(await figure.locator('figcaption').textContent()).toBe(
      'Quang cảnh hội nghị tổng kết. Ảnh: Minh Hương',
    )
  })
})
