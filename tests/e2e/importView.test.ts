import { randomBytes } from 'node:crypto'

import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * "Nhập bài cũ" (/admin/nhap-bai-cu) in a real browser (Debian's Chromium): the admin pastes a
 * legacy article that is not one of the seeded samples, reads the preview, corrects the title,
 * saves it as a draft and opens it in the edit view.
 */

const PASSWORD = 'e2e-Import-pass-1'
const ADMIN_EMAIL = 'admin@toasoan.example'
const CORRECTED_TITLE = `Bắc Kạn chỉnh trang vỉa hè, cây xanh nội thành năm 2021 (${randomBytes(3).toString('hex')})`
/** Where the preview's screenshot goes, to look at. */
const SCREENSHOT = '/tmp/import-preview.png'
const SAVED_SCREENSHOT = '/tmp/import-saved.png'

/** A legacy article in the style of src/seed/fixtures, none of the five samples. */
const LEGACY_TEXT = `UBND thành phố Bắc Kạn họp triển khai kế hoạch chỉnh trang vỉa hè năm 2021

Chiều ngày 12/3/2021, đồng chí Hoàng Văn Thử – Phó Chủ tịch UBND thành phố Bắc Kạn chủ trì họp triển khai kế hoạch chỉnh trang vỉa hè, cây xanh các tuyến phố nội thành năm 2021. Cùng dự có lãnh đạo phòng Quản lý đô thị, Ban Quản lý Dịch vụ công ích đô thị thành phố và UBND các phường.

Toàn cảnh cuộc họp. Ảnh: Thu Hà

Theo báo cáo của phòng Quản lý đô thị, năm 2021 thành phố dự kiến chỉnh trang vỉa hè trên 05 tuyến phố chính với tổng chiều dài hơn 3 km; trồng bổ sung cây xanh bóng mát tại các khu dân cư tập trung.

Tại cuộc họp, các đại biểu thảo luận về tiến độ, nguồn vốn và phương án tổ chức thi công bảo đảm an toàn giao thông, hạn chế ảnh hưởng đến hoạt động kinh doanh của người dân.

Kết luận cuộc họp, đồng chí Phó Chủ tịch UBND thành phố đề nghị các phòng, ban, đơn vị khẩn trương hoàn thiện hồ sơ, sớm triển khai thi công trước mùa mưa./.

Ngọc Lan
`

let server: RunningServer
let api: Api
/**
 * The admin as the browser opens it: `next dev` serves its HMR socket to its own host only
 * (localhost), and without it the admin never hydrates.
 */
let site = ''
let browser: Browser | undefined
let context: BrowserContext | undefined
let page: Page
let adminToken = ''

const preview = () => page.getByRole('region', { name: 'Bản đọc thử' })

beforeAll(async () => {
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  site = server.url
  browser = await launchChromium()
  // Wider than Payload's "l" breakpoint (1440 px), below which the nav starts closed (and inert).
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'vi-VN' })
  page = await context.newPage()
  page.setDefaultTimeout(60_000)
  // Long: other e2e files may hold the folder's one `next dev` for minutes.
}, 1_200_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.stop()
})

describe('the legacy article import admin view (/admin/nhap-bai-cu)', () => {
  it('should send an anonymous visitor to the admin login, to come back after', async () => {
    const anonymousContext = await browser!.newContext({ locale: 'vi-VN' })
    try {
      const anonymous = await anonymousContext.newPage()
      await anonymous.goto(`${site}/admin/nhap-bai-cu`, { timeout: 180_000 })
      await anonymous.waitForURL((url) => url.pathname === '/admin/login', { timeout: 60_000 })
      expect(new URL(anonymous.url()).searchParams.get('redirect')).toBe('/admin/nhap-bai-cu')
    } finally {
      await anonymousContext.close()
    }
  })

  it('should preview a pasted article, save it with a corrected title as a draft and open it', async () => {
    await page.goto(`${site}/admin/login`, { timeout: 180_000 })
    await page.getByLabel('Email').fill(ADMIN_EMAIL)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })

    await page
      .locator('nav a.nav__link[href="/admin/nhap-bai-cu"]', { hasText: 'Nhập bài cũ' })
      .click()
    await page.waitForURL((url) => url.pathname === '/admin/nhap-bai-cu', { timeout: 120_000 })
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 60_000 })
      .toBe('Nhập bài cũ')

    await page.getByLabel('Nội dung bài (dán nguyên văn)').fill(LEGACY_TEXT)
    await page.getByRole('button', { name: 'Đọc thử', exact: true }).click()
    await preview().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: SCREENSHOT, fullPage: true })

    // What was read, and what saving would create: the chair and the author are new here.
    const officials = preview().getByRole('list', { name: 'Cán bộ' })
    const chair = officials.getByRole('listitem').filter({ hasText: 'Hoàng Văn Thử' })
    expect(await chair.textContent()).toContain('Phó Chủ tịch UBND thành phố Bắc Kạn')
    expect(await chair.locator('.import-legacy__new').textContent()).toBe('tạo mới')
    const people = preview().getByRole('list', { name: 'Tác giả, người chụp ảnh' })
    const author = people.getByRole('listitem').filter({ hasText: 'Ngọc Lan' })
    expect(await author.locator('.import-legacy__new').textContent()).toBe('tạo mới')
    expect(
      await people.getByRole('listitem').filter({ hasText: 'Thu Hà' }).textContent(),
    ).toContain('ảnh')
    expect(await preview().getByLabel('Tác giả', { exact: true }).inputValue()).toBe('Ngọc Lan')
    // Days read dd/MM/yyyy whatever the browser's locale.
    expect(await preview().locator('#import-meeting-date input').inputValue()).toBe('12/03/2021')
    // No publish time in the text, and no category: both offered as inputs.
    expect(await preview().locator('#import-published-at input').inputValue()).toBe('')
    // The categories arrive by their own request after the form shows.
    await expect
      .poll(
        () =>
          preview()
            .getByLabel(/^Chuyên mục/)
            .locator('option')
            .count(),
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(1)
    // A unit's kind and level once each: never "Xã, phường, Xã, phường".
    expect(await preview().getByRole('list', { name: 'Đơn vị' }).textContent()).not.toMatch(
      /(Xã, phường), \1/,
    )
    expect(await preview().getByLabel('Buổi').inputValue()).toBe('afternoon')
    expect(await preview().getByRole('list', { name: 'Chú thích ảnh' }).textContent()).toContain(
      'Ảnh: Thu Hà',
    )
    // Uncertain: no publish time in the text, new units' kind and level guessed from the name.
    const warnings = preview().getByRole('list', { name: 'Cần kiểm tra' })
    expect(await warnings.textContent()).toContain('Ngày đăng')
    expect(await warnings.locator('.import-legacy__check').count()).toBeGreaterThan(0)
    // The units are those of the seeded samples: reused.
    const host = preview()
      .getByRole('list', { name: 'Đơn vị' })
      .getByRole('listitem')
      .filter({ hasText: 'UBND thành phố Bắc Kạn' })
    expect(await host.locator('.import-legacy__known').textContent()).toBe('đã có')

    // The editor corrects the title; read again, the meeting takes it too.
    await preview()
      .getByLabel(/^Tiêu đề\s*\*?$/)
      .fill(CORRECTED_TITLE)
    await preview().getByRole('button', { name: 'Đọc lại', exact: true }).click()
    const meeting = preview().locator('.import-legacy__section', {
      has: page.getByRole('heading', { name: 'Cuộc họp' }),
    })
    await expect.poll(() => meeting.textContent(), { timeout: 30_000 }).toContain(CORRECTED_TITLE)
    expect(await meeting.textContent()).toContain('Hoàng Văn Thử')

    await preview().getByRole('button', { name: 'Lưu bản nháp', exact: true }).click()
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu bản nháp.' })
    await saved.waitFor({ timeout: 60_000 })
    await page.screenshot({ path: SAVED_SCREENSHOT, fullPage: true })
    await saved.getByRole('link', { name: 'Mở bài' }).click()
    await page.waitForURL(
      (url) => /^\/admin\/collections\/articles\/(?!create)[^/]+$/.test(url.pathname),
      {
        timeout: 120_000,
      },
    )
    await expect
      .poll(() => page.getByLabel(/^Tiêu đề\s*\*?$/).inputValue(), { timeout: 60_000 })
      .toBe(CORRECTED_TITLE)
    const articleId = new URL(page.url()).pathname.split('/').pop()

    const { docs } = await api(
      `/articles?where[title][equals]=${encodeURIComponent(CORRECTED_TITLE)}&draft=true&depth=0`,
      { token: adminToken },
    )
    expect(docs).toHaveLength(1)
    expect(String(docs[0].id)).toBe(articleId)
    expect(docs[0].workflowStage).toBe('draft')
  })

  it('should say the same text was already imported, and not offer to save it again', async () => {
    await page.goto(`${site}/admin/nhap-bai-cu`, { timeout: 120_000 })
    await page.getByLabel('Nội dung bài (dán nguyên văn)').fill(LEGACY_TEXT)
    await page.getByRole('button', { name: 'Đọc thử', exact: true }).click()
    await preview().waitFor({ timeout: 60_000 })
    expect(await preview().getByText('Bài này đã được nhập.').count()).toBe(1)
    expect(
      await preview().getByRole('button', { name: 'Lưu bản nháp', exact: true }).isDisabled(),
    ).toBe(true)
  })

  it('should show why a text that is no article cannot be read, in the admin’s Vietnamese only', async () => {
    await page.goto(`${site}/admin/nhap-bai-cu`, { timeout: 120_000 })
    await page
      .getByLabel('Nội dung bài (dán nguyên văn)')
      .fill(`${'Một đoạn văn rất dài không phải tiêu đề. '.repeat(10)}\n`)
    await page.getByRole('button', { name: 'Đọc thử', exact: true }).click()
    const refusal = page.locator('.import-legacy__error[role="alert"]')
    await refusal.waitFor({ timeout: 60_000 })
    // The API says it in both languages; staff read their own (issue 16).
    expect(await refusal.textContent()).toMatch(/^Dòng tiêu đề dài \d+ ký tự, quá 300: [^()]+$/)
    // In red: the text's red channel well above green and blue.
    const [red, green, blue] = (
      await refusal.evaluate((element) => getComputedStyle(element).color)
    )
      .match(/\d+/g)!
      .map(Number)
    expect(red).toBeGreaterThan(Math.max(green, blue) + 60)
    expect(await preview().count()).toBe(0)
  })

  it('should name the nav link in English for an admin browsing in English', async () => {
    // The same session, with English chosen as the account settings' language switch does.
    const english = await browser!.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: 'en-US',
      storageState: await context!.storageState(),
    })
    await english.addCookies([{ name: 'payload-lng', value: 'en', url: site }])
    try {
      const englishPage = await english.newPage()
      await englishPage.goto(`${site}/admin`, { timeout: 120_000 })
      const link = englishPage.locator('nav a.nav__link[href="/admin/nhap-bai-cu"]')
      await expect.poll(() => link.textContent(), { timeout: 60_000 }).toBe('Import archive')
    } finally {
      await english.close()
    }
  })
})
