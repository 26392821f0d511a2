import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, loginOverRest, startSeededServer, type Api } from '../helpers/e2e'
import type { RunningServer } from '../helpers/server'

/**
 * What the newsroom's staff see in the admin (issue 16), in Debian's Chromium on a Vietnamese
 * clock: the role names, one date form, the filters offered, meetings named by day and buổi,
 * former officials' titles, the saved article filters, invitations, branding and the publishing
 * calendar. Screenshots go to tmp/.
 */

const PASSWORD = 'e2e-Editors-pass-1'
const CHIEF = { email: 'tongbientap.editors@toasoan.example', fullName: 'Tổng biên tập Lịch' }
const SHOTS = path.resolve(import.meta.dirname, '../../tmp')
const DAY = 86_400_000

let server: RunningServer
let api: Api
let adminToken: string
let chiefToken: string
let browser: Browser | undefined
let context: BrowserContext
let page: Page

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `editors-${name}.png`) })

/** Polls until the assertion holds: the first visit to each admin page compiles it. */
const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 90_000, interval: 250 })

const logIn = async (target: Page, email: string, password = PASSWORD) => {
  await target.goto(`${server.url}/admin/login`, { timeout: 120_000 })
  await target.locator('#field-email').fill(email)
  await target.locator('#field-password').fill(password)
  await target.locator('form button[type="submit"]').click()
  await target.waitForURL((url) => url.pathname === '/admin', { timeout: 120_000 })
}

/** The invitation emails the server wrote to its log (the dev mail transport), for an address. */
const invitationLinks = (email: string): string[] =>
  [
    ...server
      .output()
      .matchAll(
        /Email → ([^\n]+)\nSubject: Mời tham gia[^\n]*\n[\s\S]*?(http\S+\/admin\/reset\/[\w-]+)/g,
      ),
  ]
    .filter((match) => match[1].includes(email))
    .map((match) => match[2])

/** An approved article, through the real transitions, with a publish time in the future. */
const approvedArticle = async (title: string, publishedAt: string): Promise<string> => {
  const { doc } = await api('/articles', {
    token: adminToken,
    method: 'POST',
    body: { title, publishedAt },
  })
  for (const to of ['submitted', 'edited', 'approved']) {
    await api(`/articles/${doc.id}/transition`, { token: adminToken, method: 'POST', body: { to } })
  }
  return doc.id
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  ;({ server, api, adminToken } = await startSeededServer(PASSWORD))
  await api('/users', {
    token: adminToken,
    method: 'POST',
    body: { ...CHIEF, password: PASSWORD, roles: ['editorInChief'] },
  })
  chiefToken = await loginOverRest(api, CHIEF.email, PASSWORD)
  browser = await launchChromium()
  // Wider than Payload's large breakpoint, where the nav starts open; a newsroom in Vietnam.
  context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    timezoneId: 'Asia/Ho_Chi_Minh',
  })
  page = await context.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('branding and the login page', () => {
  it('should say whose newsroom this is and show its mark, not Payload’s', async () => {
    // The sample content's site settings name the portal; it has no logo, so toasoan's mark.
    const { name } = await api('/globals/site-settings', { token: adminToken })
    expect(name).toBe('Cổng thông tin điện tử tỉnh Bắc Kạn')
    await page.goto(`${server.url}/admin/login`, { timeout: 120_000 })
    await eventually(() => page.locator('.toasoan-before-login').textContent()).toBe(
      `Đăng nhập vào hệ thống quản trị nội dung của ${name}`,
    )
    await expect(page.locator('.toasoan-logo svg title').textContent()).resolves.toBe(name)
    await shot('login')
    await logIn(page, 'admin@toasoan.example')
    await eventually(() =>
      page.locator('.nav, .app-header').locator('svg title').first().textContent(),
    ).toBe(name)
  })
})

describe('words and dates', () => {
  it('should name the editor-in-chief role Tổng biên tập in the users list', async () => {
    await page.goto(`${server.url}/admin/collections/users`, { timeout: 120_000 })
    const row = page.locator('tbody tr', { hasText: CHIEF.fullName })
    await eventually(() => row.textContent()).toContain('Tổng biên tập')
    expect(await page.locator('body').textContent()).not.toContain('Trưởng ban')
    await shot('users')
  })

  it('should print dates as dd/MM/yyyy HH:mm in the document header and the versions list', async () => {
    const { docs } = await api('/articles?limit=1&depth=0&sort=-updatedAt', { token: adminToken })
    await page.goto(`${server.url}/admin/collections/articles/${docs[0].id}`, { timeout: 120_000 })
    const header = page.locator('.doc-controls__meta')
    await eventually(() => header.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    expect(await header.textContent()).not.toMatch(/tháng|AM|PM/)
    await shot('article-header')
    await page.goto(`${server.url}/admin/collections/articles/${docs[0].id}/versions`, {
      timeout: 120_000,
    })
    const firstVersion = page.locator('tbody tr').first()
    await eventually(() => firstVersion.textContent()).toMatch(
      /^\s*\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    )
    expect(await page.locator('tbody').textContent()).not.toMatch(/tháng|AM|PM/)
    await shot('versions')
  })

  it('should not offer internal fields as list filters', async () => {
    await page.goto(`${server.url}/admin/collections/articles`, { timeout: 120_000 })
    await page.locator('#toggle-list-filters').click()
    await page.getByRole('button', { name: /Thêm bộ lọc/ }).click()
    await page.locator('.condition__field .rs__control').click()
    const options = page.locator('.rs__menu .rs__option')
    await eventually(() => options.count()).toBeGreaterThan(3)
    const offered = await options.allTextContents()
    expect(offered).toContain('Tiêu đề')
    for (const internal of ['Import Key', 'Search Text', 'Search Title', 'Thời gian hiển thị']) {
      expect(offered).not.toContain(internal)
    }
    await shot('filters')
  })

  it('should explain an official’s current title without API syntax, and fill it for every sample official', async () => {
    await page.goto(`${server.url}/admin/collections/officials`, { timeout: 120_000 })
    const rows = page.locator('tbody tr')
    await eventually(() => rows.count()).toBe(4)
    for (const text of await rows.allTextContents()) {
      expect(text).toMatch(/Nguyên .+ \(đến 30\/06\/2025\)/)
      expect(text).not.toContain('Không có')
    }
    await shot('officials')
    await rows.first().locator('a').first().click()
    await eventually(() =>
      page.locator('.field-type.text', { hasText: 'Chức danh hiện nay' }).count(),
    ).toBe(1)
    expect(await page.locator('body').textContent()).not.toContain('/api/officials')
  })
})

describe('meetings', () => {
  it('should name meetings by day and buổi in the list and in the article’s meeting picker', async () => {
    await page.goto(`${server.url}/admin/collections/meetings`, { timeout: 120_000 })
    await eventually(() => page.locator('tbody').textContent()).toContain(
      '24/06/2022 (Sáng) – Lãnh đạo UBND thành phố Bắc Kạn',
    )
    await shot('meetings')

    await page.goto(`${server.url}/admin/collections/articles/create`, { timeout: 120_000 })
    const picker = page.locator('#field-meeting')
    await picker.locator('.rs__control').click()
    const options = page.locator('#field-meeting .rs__option')
    await eventually(() => options.count()).toBeGreaterThan(0)
    expect(await options.allTextContents()).toContain(
      '30/12/2020 (Chiều) – Hội nghị kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh năm 2020',
    )
    await shot('meeting-picker')
  })

  it('should show a meeting with no known hour as its day and buổi, and its articles with their category', async () => {
    const { docs } = await api(
      `/meetings?where[startsAt][equals]=${encodeURIComponent('2022-06-23T17:00:00.000Z')}&depth=0`,
      { token: adminToken },
    )
    // The province chosen in the switcher: the meeting also lists the city's article.
    const { docs: sites } = await api('/sites?depth=0&sort=createdAt', { token: adminToken })
    await context.addCookies([{ name: 'payload-tenant', value: sites[0].id, url: server.url }])
    await page.goto(`${server.url}/admin/collections/meetings/${docs[0].id}`, { timeout: 120_000 })
    await eventually(() => page.locator('.meeting-when').textContent()).toBe('24/06/2022 (Sáng)')
    await expect(page.locator('h1').textContent()).resolves.toContain('24/06/2022 (Sáng)')
    // Payload loads a relationship cell once it scrolls into view, as a person reading would,
    // and until then prints "<Không có Chuyên mục>" as for an article with none: each row is
    // read once it is in view. Both portals' articles name their category.
    const rows = page.locator('.relationship-table tbody tr')
    await eventually(() => rows.count()).toBe(2)
    for (const row of await rows.all()) {
      await row.scrollIntoViewIfNeeded()
      await eventually(() => row.textContent()).toContain('Hoạt động của lãnh đạo')
    }
    expect(await page.locator('.relationship-table').textContent()).not.toContain(
      'Không có Chuyên mục',
    )
    await shot('meeting')
  })
})

describe('the articles list', () => {
  it('should show the newest change first and offer the saved filters', async () => {
    await api('/articles', {
      token: adminToken,
      method: 'POST',
      body: { title: 'Bản nháp vừa viết' },
    })
    // A document opened earlier chose its site in the switcher, which filters the list; the new
    // draft is on the installation's first site: with no site chosen, the list shows every site.
    await context.clearCookies({ name: 'payload-tenant' })
    await page.goto(`${server.url}/admin/collections/articles`, { timeout: 120_000 })
    await eventually(() => page.locator('tbody tr').first().textContent()).toContain(
      'Bản nháp vừa viết',
    )
    await page.locator('.query-preset-bar button').first().click()
    const drawer = page.locator('.drawer__content, [role="dialog"]').last()
    for (const title of ['Chờ tôi xử lý', 'Của tôi', 'Trả lại']) {
      await eventually(() => drawer.textContent()).toContain(title)
    }
    await shot('presets')
    await drawer.getByText('Của tôi', { exact: true }).click()
    await page.waitForURL((url) => url.searchParams.has('preset'), { timeout: 60_000 })
    // The admin's own: the new draft, and the sample republication and English version the
    // seed made as the admin, none of the reporters' articles.
    await eventually(() => page.locator('tbody tr').count()).toBe(3)
    expect(await page.locator('tbody').textContent()).toContain('Bản nháp vừa viết')
    expect(await page.locator('.query-preset-bar').textContent()).not.toContain('[object Object]')
    await shot('presets-mine')
  })
})

describe('invitations', () => {
  const NEW_PERSON = { email: 'moi.editors@toasoan.example', fullName: 'Phóng viên Được Mời' }

  it('should create an account without typing a password and email the person a link that sets it', async () => {
    await page.goto(`${server.url}/admin/collections/users/create`, { timeout: 120_000 })
    await eventually(() => page.locator('.toasoan-invitation').textContent()).toContain(
      'Không cần nhập mật khẩu',
    )
    await expect(page.locator('#field-password').isVisible()).resolves.toBe(false)
    await page.locator('#field-email').fill(NEW_PERSON.email)
    await page.locator('#field-fullName').fill(NEW_PERSON.fullName)
    await shot('user-create')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await page.waitForURL(
      (url) =>
        /\/admin\/collections\/users\/[\w-]+$/.test(url.pathname) &&
        !url.pathname.endsWith('/create'),
      {
        timeout: 60_000,
      },
    )
    await eventually(() => invitationLinks(NEW_PERSON.email).length).toBe(1)

    const [link] = invitationLinks(NEW_PERSON.email)
    const invited = await context.browser()!.newContext({ timezoneId: 'Asia/Ho_Chi_Minh' })
    try {
      const person = await invited.newPage()
      await person.goto(link.replace(/^https?:\/\/[^/]+/, server.url), { timeout: 120_000 })
      // The first visit compiles the page: what is typed before React hydrates is lost, so
      // type again until the form goes through.
      await eventually(async () => {
        if (new URL(person.url()).pathname === '/admin') return true
        await person.locator('#field-password').fill('mat-khau-rieng-1')
        await person.locator('#field-confirm-password').fill('mat-khau-rieng-1')
        await person.locator('form button[type="submit"]').click()
        await person
          .waitForURL((url) => url.pathname === '/admin', { timeout: 5_000 })
          .catch(() => {})
        return new URL(person.url()).pathname === '/admin'
      }).toBe(true)
    } finally {
      await invited.close()
    }
    await expect(loginOverRest(api, NEW_PERSON.email, 'mat-khau-rieng-1')).resolves.toBeTruthy()
  })

  it('should let an admin resend the invitation from the user’s edit view', async () => {
    const { docs } = await api(`/users?where[email][equals]=${NEW_PERSON.email}&depth=0`, {
      token: adminToken,
    })
    await page.goto(`${server.url}/admin/collections/users/${docs[0].id}`, { timeout: 120_000 })
    await page.getByRole('button', { name: 'Gửi lại lời mời' }).click()
    await eventually(() => page.locator('.payload-toast-container').textContent()).toContain(
      `Đã gửi lời mời tới ${NEW_PERSON.email}`,
    )
    await eventually(() => invitationLinks(NEW_PERSON.email).length).toBe(2)
    await shot('user-resend')
  })
})

describe('editorial comments', () => {
  it('should show the thread in the article and email the colleague mentioned', async () => {
    const { docs } = await api('/articles?limit=1&depth=0&sort=-updatedAt', { token: adminToken })
    await page.goto(`${server.url}/admin/collections/articles/${docs[0].id}`, { timeout: 120_000 })
    const thread = page.getByRole('region', { name: 'Bình luận biên tập' })
    await eventually(() => thread.textContent()).toContain('Chưa có bình luận nào.')
    await thread.getByLabel('Bình luận mới').fill('Nhờ chị xem lại sapo.')
    await thread.locator('#editorial-comment-mentions').selectOption({ label: CHIEF.fullName })
    await thread.getByRole('button', { name: 'Gửi bình luận' }).click()
    const comment = thread.locator('.editorial-thread__comment')
    await eventually(() => comment.textContent()).toContain('Nhờ chị xem lại sapo.')
    expect(await comment.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    expect(await comment.textContent()).toContain(`Nhắc đến: ${CHIEF.fullName}`)
    await eventually(() => server.output()).toMatch(
      new RegExp(`Email → ${CHIEF.email}[^\\n]*\\nSubject: \\[Tòa soạn\\] [^\\n]*nhắc đến bạn`),
    )
    await thread.scrollIntoViewIfNeeded()
    await shot('comments')
  })
})

describe('the workflow in the edit view and the dashboard', () => {
  let articleId: string
  let chiefId: string

  beforeAll(async () => {
    const chief = await api('/users/me', { token: chiefToken })
    chiefId = String(chief.user.id)
    const { doc } = await api('/articles', {
      token: adminToken,
      method: 'POST',
      body: { title: 'Bài trả lại có ghi chú' },
    })
    articleId = String(doc.id)
    const move = (token: string, body: Record<string, unknown>) =>
      api(`/articles/${articleId}/transition`, { token, method: 'POST', body })
    await move(adminToken, { to: 'submitted', assignee: chiefId })
    await move(chiefToken, { to: 'returned', note: 'Cần bổ sung nguồn tin.' })
    // Run alone (vitest -t), the page has not logged in yet.
    if (!(await context.cookies()).some((cookie) => cookie.name.endsWith('-token'))) {
      await logIn(page, 'admin@toasoan.example')
    }
  }, 300_000)

  it('should show the reporter’s returned article first on the dashboard with the editor’s note, counts linking to the list', async () => {
    await page.goto(`${server.url}/admin`, { timeout: 120_000 })
    const queue = page.locator('.newsroom-queue')
    const item = queue.locator('.newsroom-queue__item', { hasText: 'Bài trả lại có ghi chú' })
    await eventually(() => item.textContent()).toContain('Ghi chú: Cần bổ sung nguồn tin.')
    expect(await item.locator('a').getAttribute('href')).toBe(
      `/admin/collections/articles/${articleId}`,
    )
    // Above the collection cards, not under them.
    const queueTop = (await queue.boundingBox())!.y
    const cardsTop = (await page.locator('.dashboard__group, .collections').first().boundingBox())!
      .y
    expect(queueTop).toBeLessThan(cardsTop)
    const returnedCount = queue.locator('.newsroom-queue__count-link', {
      has: page.locator('[data-stage="returned"], [data-value="returned"]'),
    })
    const hrefs = await queue
      .locator('.newsroom-queue__count-link')
      .evaluateAll((links) =>
        links.map((link) => decodeURIComponent(link.getAttribute('href') ?? '')),
      )
    expect(hrefs).toContain('/admin/collections/articles?where[workflowStage][equals]=returned')
    expect(await returnedCount.count()).toBeLessThanOrEqual(1)
    await shot('dashboard-queue')
  })

  it('should put the workflow panel first in the sidebar, without duplicate fields or a second status', async () => {
    await page.goto(`${server.url}/admin/collections/articles/${articleId}`, { timeout: 120_000 })
    const panel = page.locator('.newsroom-workflow')
    await eventually(() => panel.locator('button').count()).toBeGreaterThan(0)
    const firstInSidebar = page.locator('.document-fields__sidebar-fields > *').first()
    expect(await firstInSidebar.locator('.newsroom-workflow').count()).toBe(1)
    for (const name of ['workflowStage', 'workflowAssignee', 'createdBy', 'submittedBy']) {
      expect(await page.locator(`#field-${name}, .field-${name}`).count()).toBe(0)
    }
    expect(await page.locator('.doc-controls').textContent()).not.toContain('Trạng thái')
    await shot('edit-sidebar')
  })

  it('should resubmit to the earlier assignee when none is chosen, and the form follows the move', async () => {
    const panel = page.locator('.newsroom-workflow')
    await panel.getByRole('button', { name: /Gửi/ }).first().click()
    await eventually(() => panel.getAttribute('data-stage')).toBe('submitted')
    const stored = await api(`/articles/${articleId}?draft=true&depth=0`, { token: adminToken })
    expect(String(stored.workflowAssignee)).toBe(chiefId)
    // The form holds the values the move wrote, without a reload.
    await eventually(() =>
      page.evaluate(() => document.querySelector('.newsroom-workflow')?.textContent ?? ''),
    ).toContain(CHIEF.fullName)
    // "Giao cho" offers who acts on the next stages, with their role.
    const options = await panel.locator('select option').allTextContents()
    expect(options).toContain(`${CHIEF.fullName} — Tổng biên tập`)
    expect(options.every((option) => !option.includes('Phóng viên'))).toBe(true)
    await shot('edit-resubmitted')
  })
})

describe('the publishing calendar', () => {
  it('should show approved articles by day and hour and reschedule one when the editor-in-chief drags it', async () => {
    // Tomorrow and the day after, 09:00 in Vietnam: both inside the week or the next one.
    const tomorrow = new Date(Date.now() + 7 * 3_600_000 + DAY).toISOString().slice(0, 10)
    const at = `${tomorrow}T09:00:00+07:00`
    const id = await approvedArticle('Bài lên lịch trên lịch', new Date(at).toISOString())

    const chiefContext = await browser!.newContext({
      viewport: { width: 1600, height: 1200 },
      timezoneId: 'Asia/Ho_Chi_Minh',
    })
    try {
      page = await chiefContext.newPage()
      await logIn(page, CHIEF.email)
      await page.locator('#nav-publishing-calendar').click()
      await page.waitForURL((url) => url.pathname === '/admin/lich-xuat-ban', { timeout: 120_000 })
      // The week view starts on Monday: tomorrow is in next week's when today is Sunday.
      const week = new Date(at).getUTCDay() === 1 ? 'next' : 'this'
      if (week === 'next') await page.getByRole('button', { name: 'Sau' }).click()
      const card = page.locator(`.calendar__item[data-id="${id}"]`)
      await eventually(() => card.count()).toBe(1)
      expect(await page.locator(`td[data-slot="${tomorrow}T09"]`).textContent()).toContain(
        'Bài lên lịch trên lịch',
      )
      await shot('calendar-week')

      await card.dragTo(page.locator(`td[data-slot="${tomorrow}T15"]`))
      await eventually(() => page.locator('.payload-toast-container').textContent()).toContain(
        'Đã đổi giờ xuất bản',
      )
      await eventually(() =>
        page.locator(`td[data-slot="${tomorrow}T15"]`).textContent(),
      ).toContain('Bài lên lịch trên lịch')
      const stored = await api(`/articles/${id}?draft=true&depth=0`, { token: chiefToken })
      expect(stored.publishedAt).toBe(new Date(`${tomorrow}T15:00:00+07:00`).toISOString())
      await shot('calendar-moved')

      await page.getByRole('button', { name: 'Tháng', exact: true }).click()
      await eventually(() =>
        page.locator(`.calendar__day[data-day="${tomorrow}"]`).textContent(),
      ).toContain('15:00')
      await shot('calendar-month')
    } finally {
      await chiefContext.close()
    }
  })
})

describe('the server’s messages and the plugins’ words in the admin', () => {
  let admin: Page

  beforeAll(async () => {
    admin = await (await browser!.newContext({ viewport: { width: 1600, height: 1000 } })).newPage()
    await logIn(admin, 'admin@toasoan.example')
  })

  afterAll(async () => {
    await admin?.context().close()
  })

  it('should show a refused move in Vietnamese only, without the API’s English', async () => {
    const { doc } = await api('/articles', {
      token: adminToken,
      method: 'POST',
      body: { title: 'Bài chuyển trạng thái cùng lúc' },
    })
    await admin.goto(`${server.url}/admin/collections/articles/${doc.id}`, { timeout: 120_000 })
    const panel = admin.locator('.newsroom-workflow').first()
    const submit = panel.getByRole('button', { name: 'Gửi biên tập' })
    await eventually(() => submit.count()).toBe(1)
    // A colleague moves it first: the server refuses the stale move (409).
    await api(`/articles/${doc.id}/transition`, {
      token: adminToken,
      method: 'POST',
      body: { to: 'submitted' },
    })
    await submit.click()
    await eventually(() => panel.textContent()).toContain(
      'Bài vừa được người khác chuyển trạng thái; hãy tải lại.',
    )
    expect(await panel.textContent()).not.toContain('the document changed stage')
    await admin.screenshot({ path: path.join(SHOTS, 'editors-refused-move.png') })
  })

  it('should list the import’s checks in Vietnamese only', async () => {
    await admin.goto(`${server.url}/admin/nhap-bai-cu`, { timeout: 120_000 })
    await admin.getByLabel('Nội dung bài (dán nguyên văn)').fill('Một dòng không phải bài viết')
    await admin.getByRole('button', { name: 'Đọc thử', exact: true }).click()
    const checks = admin.getByRole('list', { name: 'Cần kiểm tra' })
    await eventually(() => checks.textContent()).toContain('Không tìm thấy sapo')
    expect(await checks.textContent()).not.toMatch(/\((no|year|the) [a-z ]+\)/)
    await admin.screenshot({ path: path.join(SHOTS, 'editors-import-checks.png') })
  })

  it('should word the SEO checks in the newsroom’s Vietnamese', async () => {
    const { doc } = await api('/articles', {
      token: adminToken,
      method: 'POST',
      body: { title: 'Bài có phần SEO', lead: 'Sapo ngắn.' },
    })
    await admin.goto(`${server.url}/admin/collections/articles/${doc.id}`, { timeout: 120_000 })
    const seo = admin.locator('#field-meta')
    await eventually(() => seo.textContent()).toContain('Nên dài 50–60 ký tự')
    const text = await seo.textContent()
    expect(text).toContain('cần thêm')
    // The plugin's own Vietnamese: "kí tự" beside "ký tự", the title's tip about a "mô tả meta".
    expect(text).not.toMatch(/kí tự|mô tả meta|, Còn/)
  })

  it('should offer no bulk publish or unpublish in the articles list, which the workflow ignores', async () => {
    await admin.goto(`${server.url}/admin/collections/articles`, { timeout: 120_000 })
    await admin.locator('tbody input[type="checkbox"]').first().check()
    const selection = admin.locator('.list-selection')
    await eventually(() => selection.textContent()).toContain('Đã chọn 1')
    const actions = await selection.getByRole('button').allTextContents()
    expect(actions).toContain('Xóa')
    expect(actions.filter((name) => /Xuất bản|Ẩn tài liệu|Chỉnh sửa/.test(name))).toEqual([])
  })

  it('should show the translations list on a saved original only', async () => {
    const { docs } = await api('/articles?where[language][equals]=en&depth=0', {
      token: adminToken,
    })
    const fieldsOf = async (path: string) => {
      await admin.goto(`${server.url}/admin/collections/articles${path}`, { timeout: 120_000 })
      await admin.locator('#field-title').waitFor({ timeout: 120_000 })
      await admin.locator('.newsroom-workflow, .document-fields__sidebar').first().waitFor()
      return {
        translations: await admin.locator('#field-translations').count(),
        languages: await admin.locator('#field-languages').count(),
      }
    }
    // A new article: no empty "Không có kết quả" list, no languages placeholder.
    expect(await fieldsOf('/create')).toEqual({ translations: 0, languages: 0 })
    // A translation has no translations of its own.
    expect(await fieldsOf(`/${docs[0].id}`)).toEqual({ translations: 0, languages: 1 })
    expect(await fieldsOf(`/${docs[0].translationOf}`)).toEqual({ translations: 1, languages: 1 })
  })
})
