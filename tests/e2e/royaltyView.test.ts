import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, loginOverRest, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

const PASSWORD = 'e2e-Royalty-pass-1'
const CHIEF = { email: 'tongbientap@toasoan.example', fullName: 'Tổng biên tập E2E' }
const ARTICLE_SLUG = 'kiem-diem-tap-the-va-ca-nhan-lanh-dao-ubnd-tinh'

let server: RunningServer
let api: Api
/** The browser's address: `next dev` serves its dev resources (HMR) to localhost only, so on 127.0.0.1 the admin never hydrates. */
let site: string
let browser: Browser | undefined
let page: Page

beforeAll(async () => {
  let adminToken: string
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  site = server.url
  await api('/users', {
    token: adminToken,
    method: 'POST',
    body: { ...CHIEF, password: PASSWORD, roles: ['editorInChief'] },
  })
  const chiefToken = await loginOverRest(api, CHIEF.email, PASSWORD)

  const { docs: articles } = await api(`/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`, {
    token: chiefToken,
  })
  const { docs: people } = await api(
    `/users?where[fullName][equals]=${encodeURIComponent('Minh Hương')}&depth=0`,
    {
      token: chiefToken,
    },
  )
  const line = await api('/royalty-lines', {
    token: chiefToken,
    method: 'POST',
    body: {
      document: { relationTo: 'articles', value: articles[0].id },
      payee: { relationTo: 'users', value: people[0].id },
      genre: 'report',
      coefficient: 10,
    },
  })
  expect(line.doc.amount).toBe(2_340_000)

  browser = await launchChromium()
  // Wider than Payload's large breakpoint (1440 px), where the nav starts open.
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the royalty report admin view (/admin/nhuan-but)', () => {
  it('should send an anonymous visitor to the admin login, to come back after', async () => {
    const context = await browser!.newContext()
    try {
      const anonymous = await context.newPage()
      await anonymous.goto(`${site}/admin/nhuan-but`, { timeout: 120_000 })
      await anonymous.waitForURL((url) => url.pathname === '/admin/login', { timeout: 60_000 })
      expect(new URL(anonymous.url()).searchParams.get('redirect')).toBe('/admin/nhuan-but')
    } finally {
      await context.close()
    }
  })

  it('should show the editor-in-chief the period report from the nav link, with a CSV download', async () => {
    await page.goto(`${site}/admin/login`, { timeout: 120_000 })
    await page.locator('#field-email').fill(CHIEF.email)
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })

    await page
      .locator('nav a.nav__link[href="/admin/nhuan-but"]', { hasText: 'Báo cáo nhuận bút' })
      .click()
    await page.waitForURL((url) => url.pathname === '/admin/nhuan-but', { timeout: 120_000 })
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 60_000 })
      .toBe('Báo cáo nhuận bút')

    // Days read dd/MM/yyyy whatever the browser's locale: the month starts on the 1st.
    await expect
      .poll(() => page.locator('#royalty-from input').inputValue(), { timeout: 30_000 })
      .toMatch(/^01\/\d{2}\/\d{4}$/)
    await page.locator('#royalty-from input').fill('01/12/2020')
    await page.locator('#royalty-to input').fill('31/12/2020')
    await page.getByRole('button', { name: 'Xem', exact: true }).click()

    const row = page.locator('tbody tr', { hasText: 'Minh Hương' })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.textContent()).toContain('2.340.000')
    const csvLink = page.getByRole('link', { name: 'Tải CSV (Excel)' })
    const href = (await csvLink.getAttribute('href')) ?? ''
    expect(href).toContain('from=2020-12-01&to=2020-12-31')
    expect(href).toMatch(/format=csv$/)
    await page.screenshot({ path: '/tmp/royalty-view.png', fullPage: true })

    // The link as the browser would follow it: same origin, the admin's cookie.
    // Playwright's request API sends no Sec-Fetch-Site, which a browser always does; without it
    // the login cookie counts as cross-site (SECURITY.md).
    const csv = await page.request.get(new URL(href, page.url()).toString(), {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-disposition']).toContain('nhuan-but_2020-12-01_2020-12-31.csv')
    const bytes = await csv.body()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Minh Hương')

    // A period with nothing in it, and one the server refuses (its message in the admin's
    // language: the API's English part is for API clients).
    await page.locator('#royalty-from input').fill('01/01/2019')
    await page.locator('#royalty-to input').fill('31/01/2019')
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    await page.getByText('Không có dữ liệu trong kỳ này.').waitFor({ timeout: 30_000 })
    await page.locator('#royalty-from input').fill('01/02/2019')
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    await expect
      .poll(() => page.locator('.royalty-report [role="alert"]').textContent(), { timeout: 30_000 })
      .toBe('Ngày bắt đầu kỳ không được sau ngày kết thúc.')
  })
})
