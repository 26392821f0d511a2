import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, loginOverRest, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * The admin of two portals (issue 17, point 5), in Debian's Chromium on the sample installation:
 * the site switcher ("Cổng thông tin"), the lists filtered to the chosen site, and the
 * installation admin who sees every site. Screenshots go to tmp/.
 */
const PASSWORD = 'e2e-Sites-pass-1'
const TWO_SITE_EDITOR = 'hoang.thu.trang@toasoan.example'
const PROVINCE = 'Cổng thông tin điện tử tỉnh Bắc Kạn'
const CITY = 'Trang thông tin điện tử thành phố Bắc Kạn'
const SHOTS = path.resolve(import.meta.dirname, '../../tmp')

let server: RunningServer
let api: Api
let browser: Browser | undefined
let page: Page

const shot = (target: Page, name: string) =>
  target.screenshot({ path: path.join(SHOTS, `sites-${name}.png`) })

/** Polls until the assertion holds: the first visit to each admin page compiles it. */
const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 90_000, interval: 250 })

const logIn = async (target: Page, email: string) => {
  await target.goto(`${server.url}/admin/login`, { timeout: 120_000 })
  await target.locator('#field-email').fill(email)
  await target.locator('#field-password').fill(PASSWORD)
  await target.locator('form button[type="submit"]').click()
  await target.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })
}

const chooseSite = async (target: Page, name: string) => {
  await target.locator('.tenant-selector .rs__control').click()
  await target.locator('.tenant-selector .rs__option', { hasText: name }).click()
}

const articleRows = (target: Page) => target.locator('tbody tr').count()

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  let adminToken: string
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  // The sample editor's password is nobody's: the installation's admin sets one, as on request.
  const { docs } = await api(`/users?where[email][equals]=${TWO_SITE_EDITOR}&depth=0`, {
    token: adminToken,
  })
  await api(`/users/${docs[0].id}`, {
    token: adminToken,
    method: 'PATCH',
    body: { password: PASSWORD },
  })
  // The first visit compiles the admin (`next dev`): once here, not inside a test's timeout.
  await fetch(`${server.url}/admin/login`, { signal: AbortSignal.timeout(280_000) })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the admin of several portals', () => {
  it('should show the installation admin every site’s articles, and one site’s when chosen', async () => {
    const context = await browser!.newContext({ viewport: { width: 1600, height: 1000 } })
    page = await context.newPage()
    await logIn(page, 'admin@toasoan.example')
    await page.goto(`${server.url}/admin/collections/articles`, { timeout: 120_000 })
    await eventually(() => page.locator('.tenant-selector label').first().textContent()).toBe(
      'Cổng thông tin',
    )
    // No site chosen: every site, said in Vietnamese (not Payload's "Chọn một giá trị").
    await eventually(() => page.locator('.tenant-selector .rs__placeholder').textContent()).toBe(
      'Tất cả cổng',
    )
    // The five samples, the province's copy of a city article and the English version.
    await eventually(() => articleRows(page)).toBe(7)
    await shot(page, 'admin-every-site')

    await chooseSite(page, CITY)
    await eventually(() => articleRows(page)).toBe(4)
    // The admin's mark names the chosen site (it has no logo: toasoan's mark with its name).
    await eventually(() =>
      page.locator('.nav, .app-header').locator('svg title').first().textContent(),
    ).toBe(CITY)
    await shot(page, 'admin-city')

    // The city's edit view: its own settings in the form, what it leaves empty (the phone)
    // printed from the province, which has it from the installation's defaults.
    const { docs: cities } = await api(
      `/sites?where[name][equals]=${encodeURIComponent(CITY)}&depth=0`,
    )
    await page.goto(`${server.url}/admin/collections/sites/${cities[0].id}`, { timeout: 120_000 })
    await eventually(() => page.locator('.inherited-settings').textContent()).toContain(
      'Điện thoại: 0209 3870 000',
    )
    // One inherited item a line under the intro, not a row after it (Payload's descriptions are
    // flex rows).
    const [intro, item] = await Promise.all(
      ['.inherited-settings > p', '.inherited-settings li'].map((selector) =>
        page.locator(selector).first().boundingBox(),
      ),
    )
    expect(item!.y).toBeGreaterThanOrEqual(intro!.y + intro!.height)
    await expect(page.locator('#field-settings__phone').inputValue()).resolves.toBe('')
    await expect(page.locator('#field-settings__address').inputValue()).resolves.toBe(
      'Thành phố Bắc Kạn, tỉnh Bắc Kạn',
    )
    await shot(page, 'admin-city-settings')
    await context.close()
  })

  it('should name a user’s roles per site in Vietnamese, each row by its site', async () => {
    const context = await browser!.newContext({ viewport: { width: 1600, height: 1000 } })
    const admin = await context.newPage()
    await logIn(admin, 'admin@toasoan.example')
    const { docs } = await api(`/users?where[email][equals]=${TWO_SITE_EDITOR}&depth=0`, {
      token: await loginOverRest(api, 'admin@toasoan.example', PASSWORD),
    })
    await admin.goto(`${server.url}/admin/collections/users/${docs[0].id}`, { timeout: 120_000 })
    const rows = admin.locator('#field-sites')
    await eventually(() =>
      rows.locator('.array-field__header-text, h3').first().textContent(),
    ).toBe('Vai trò ở từng cổng')
    await eventually(() => rows.locator('.row-label').allTextContents()).toEqual([
      'Cổng thông tin 01',
      'Cổng thông tin 02',
    ])
    expect(await rows.locator('label[for$="__site"]').allTextContents()).toEqual([
      'Cổng thông tin*',
      'Cổng thông tin*',
    ])
    expect(await rows.textContent()).not.toMatch(/\bSites?\b/)
    await shot(admin, 'admin-user-sites')
    await context.close()
  })

  it('should let an editor of two portals switch between them, each list its own', async () => {
    const context = await browser!.newContext({ viewport: { width: 1600, height: 1000 } })
    const editor = await context.newPage()
    await logIn(editor, TWO_SITE_EDITOR)
    await editor.goto(`${server.url}/admin/collections/articles`, { timeout: 120_000 })
    await editor.locator('.tenant-selector .rs__control').click()
    await eventually(() =>
      editor.locator('.tenant-selector .rs__option').allTextContents(),
    ).toEqual([PROVINCE, CITY])
    await editor.locator('.tenant-selector .rs__option', { hasText: PROVINCE }).click()
    // The province's sample, its copy of a city article and the English version.
    await eventually(() => articleRows(editor)).toBe(3)
    expect(await editor.locator('tbody').textContent()).toContain(
      'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
    )
    await shot(editor, 'editor-province')

    await chooseSite(editor, CITY)
    await eventually(() => articleRows(editor)).toBe(4)
    await editor.goto(`${server.url}/admin/collections/categories`, { timeout: 120_000 })
    // Categories are not filtered by the switcher (plugins/sites.ts): the editor's two portals'.
    await eventually(() => articleRows(editor)).toBe(6)
    await shot(editor, 'editor-categories')
    await context.close()
  })
})
