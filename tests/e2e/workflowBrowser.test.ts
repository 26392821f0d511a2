import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * One article through the editorial workflow in a real browser (Debian's Chromium): the reporter
 * writes and submits it, the editor marks it edited, the editor-in-chief approves and publishes
 * it, each in their own session through the edit view's workflow panel; the portal's anonymous
 * GraphQL sees it only once it is published.
 */

const PASSWORD = 'e2e-Workflow-pass-1'
const REPORTER = {
  email: 'phongvien.e2e@toasoan.example',
  fullName: 'Phóng viên E2E',
  roles: ['reporter'],
}
const EDITOR = {
  email: 'bientap.e2e@toasoan.example',
  fullName: 'Biên tập viên E2E',
  roles: ['editor'],
}
const CHIEF = {
  email: 'tbt.e2e@toasoan.example',
  fullName: 'Tổng biên tập E2E',
  roles: ['editorInChief'],
}
const TITLE = `Tin thử quy trình ${randomBytes(4).toString('hex')}`
const LEAD = 'Sapo thử: bài viết đi qua quy trình biên tập trong trình duyệt thật.'
/** Set to a folder to keep a screenshot of the panel after each step. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS

let server: RunningServer
let api: Api
/**
 * The admin as the browser opens it. Next's dev server refuses its HMR socket to any origin but
 * its own host, localhost ("Blocked cross-origin request … from 127.0.0.1"), and without it the
 * admin page stays blank: the browser goes to localhost.
 */
let adminURL = ''
let browser: Browser | undefined
let articleURL = ''

/** The portal's view: an anonymous GraphQL query for the test article. */
const publicArticles = async () => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: `{ Articles(where: { title: { equals: ${JSON.stringify(TITLE)} } }) { docs { title } } }`,
    }),
  })
  expect(response.status).toBe(200)
  const { data, errors } = await response.json()
  expect(errors, JSON.stringify(errors)).toBeUndefined()
  return data.Articles.docs as { title: string; workflowStage: string }[]
}

/** Logs in through the admin's login form. */
const logIn = async (page: Page, email: string) => {
  await page.goto(`${adminURL}/admin/login`, { timeout: 120_000 })
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })
}

/** Polls until the assertion holds: the first visit to each admin page compiles it. */
const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 60_000, interval: 250 })

const panel = (page: Page) => page.getByRole('region', { name: 'Quy trình biên tập' })

/** The stage badge at the top of the panel. */
const panelStage = (page: Page) =>
  panel(page).locator('.newsroom-workflow__stage .newsroom-stage-badge')

/** Clicks a transition button and waits for the panel to show the stage it leads to. */
const move = async (page: Page, button: string, stage: string) => {
  await panel(page).getByRole('button', { name: button, exact: true }).click()
  await eventually(() => panelStage(page).textContent()).toBe(stage)
  await eventually(() => panel(page).getByRole('status').textContent()).toBe(
    `Đã chuyển sang "${stage}".`,
  )
  await screenshot(page, `after-${stage}`)
}

/** With E2E_SCREENSHOTS, the workflow panel (or the page, when there is none) as a PNG there. */
const screenshot = async (page: Page, name: string) => {
  if (!SCREENSHOTS) return
  const file = path.join(
    SCREENSHOTS,
    `workflow-${name.normalize('NFD').replace(/[^\w@.-]+/g, '-')}.png`,
  )
  if (await panel(page).count()) await panel(page).screenshot({ path: file })
  else await page.screenshot({ path: file, fullPage: true })
}

/**
 * Runs one person's steps in a browser session of their own (its own cookies), logged in through
 * the login form. A failure says where the page was, keeps a screenshot when asked, and shows
 * what the server printed last.
 */
const asUser = async (email: string, steps: (page: Page) => Promise<void>) => {
  const context = await browser!.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: 'vi-VN',
  })
  const page = await context.newPage()
  // Short enough that a missing element fails the test with its message, not the test timeout.
  page.setDefaultTimeout(20_000)
  try {
    await logIn(page, email)
    await steps(page)
  } catch (error) {
    await screenshot(page, `failed-${email}`).catch(() => undefined)
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(
      `${message}\n(at ${page.url()})\n--- server output, last lines:\n${server.output().slice(-3000)}`,
      {
        cause: error,
      },
    )
  } finally {
    await context.close()
  }
}

/** Waits for the panel of a saved article to load and show this stage. */
const openedStage = async (page: Page, stage: string) => {
  await eventually(() => panelStage(page).textContent()).toBe(stage)
}

beforeAll(async () => {
  let adminToken: string
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  adminURL = server.url
  for (const person of [REPORTER, EDITOR, CHIEF]) {
    await api('/users', {
      token: adminToken,
      method: 'POST',
      body: { ...person, password: PASSWORD },
    })
  }
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('an article through the editorial workflow in the admin', () => {
  it('should let the reporter write a draft and send it to the editors from the workflow panel', async () => {
    await asUser(REPORTER.email, async (page) => {
      await eventually(() => page.getByRole('heading', { name: 'Việc của tôi' }).count()).toBe(1)

      await page.goto(`${adminURL}/admin/collections/articles/create`, { timeout: 120_000 })
      await eventually(() => panel(page).textContent()).toContain(
        'Lưu bản nháp để bắt đầu quy trình',
      )
      await page.getByLabel(/^Tiêu đề\s*\*?$/).fill(TITLE)
      await page.getByLabel('Sapo (tóm tắt)').fill(LEAD)
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
      await page.waitForURL(
        (url) => /^\/admin\/collections\/articles\/(?!create)[^/]+$/.test(url.pathname),
        {
          timeout: 60_000,
        },
      )
      articleURL = page.url()

      await openedStage(page, 'Nháp')
      await screenshot(page, 'draft')
      await move(page, 'Gửi biên tập', 'Chờ biên tập')
      const latest = panel(page).locator('.newsroom-workflow__event').first()
      expect(await latest.locator('.newsroom-workflow__move').textContent()).toBe(
        'Nháp → Chờ biên tập',
      )
      expect(await latest.locator('.newsroom-workflow__meta').first().textContent()).toContain(
        REPORTER.fullName,
      )
      // The reporter's part is done: no move left, and the page, refreshed, no longer lets them edit.
      expect(await panel(page).getByRole('button', { name: 'Gửi biên tập' }).count()).toBe(0)
      await eventually(() => page.getByLabel(/^Tiêu đề\s*\*?$/).isDisabled()).toBe(true)
    })
    expect(await publicArticles()).toEqual([])
  })

  it('should let the editor find it in "Việc của tôi" and mark it edited', async () => {
    expect(articleURL).not.toBe('')
    await asUser(EDITOR.email, async (page) => {
      const queue = page.getByRole('region', { name: 'Việc của tôi' })
      await queue.getByRole('link', { name: TITLE }).click()
      await page.waitForURL(articleURL, { timeout: 120_000 })

      await openedStage(page, 'Chờ biên tập')
      await move(page, 'Đã biên tập xong', 'Đã biên tập – chờ duyệt')
      // Approving is the editor-in-chief's.
      expect(await panel(page).getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0)
    })
    expect(await publicArticles()).toEqual([])
  })

  it('should let the editor-in-chief approve and publish it, and then the portal sees it', async () => {
    expect(articleURL).not.toBe('')
    await asUser(CHIEF.email, async (page) => {
      await page.goto(articleURL, { timeout: 120_000 })
      await openedStage(page, 'Đã biên tập – chờ duyệt')
      await move(page, 'Duyệt', 'Đã duyệt')
      expect(await publicArticles()).toEqual([])

      await move(page, 'Xuất bản', 'Đã xuất bản')
      const moves = await panel(page).locator('.newsroom-workflow__move').allTextContents()
      expect(moves).toEqual([
        'Đã duyệt → Đã xuất bản',
        'Đã biên tập – chờ duyệt → Đã duyệt',
        'Chờ biên tập → Đã biên tập – chờ duyệt',
        'Nháp → Chờ biên tập',
      ])

      // The list shows the stage as a badge.
      await page.goto(`${adminURL}/admin/collections/articles`, { timeout: 120_000 })
      const row = page.getByRole('row').filter({ hasText: TITLE })
      await eventually(() => row.locator('.newsroom-stage-badge').textContent()).toBe('Đã xuất bản')
    })
    // Anonymous readers see it once it is published; its stage is the newsroom's, not theirs.
    expect(await publicArticles()).toEqual([{ title: TITLE }])
  })
})
