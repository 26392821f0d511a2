import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '@tests/helpers/e2e'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'

const EMAIL = 'tong-bien-tap@toasoan.test'
const PASSWORD = 'mật-khẩu-người-đầu-tiên-1'

/** The README's production step "First admin", in Chromium, on a fresh database. */
describe('the first admin of a production install', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-first-admin-'))
  let server: ProductionServer
  let browser: Browser

  beforeAll(async () => {
    server = await startProduction({ buildDir: await productionBuild(), dataDir })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('should create the account with the password typed in "create first user", an admin', async () => {
    const page = await browser.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user$/)
    await page.locator('#field-email').fill(EMAIL)
    // Typed key by key, as a person does: the form's state changes between the two fields.
    await page.locator('#field-password').pressSequentially(PASSWORD)
    await page.locator('#field-confirm-password').pressSequentially(PASSWORD)
    await page.locator('#field-fullName').fill('Tổng biên tập')
    await page.locator('button[type=submit]').click()
    await page.waitForURL((url) => url.pathname === '/admin')

    const api = apiClient(server.url)
    const token = await api.login(EMAIL, PASSWORD)
    const me = await api.call<{ user: { roles: string[] } }>('GET', '/users/me', { token })
    expect(me.json.user.roles).toEqual(['admin'])
  }, 120_000)
})
