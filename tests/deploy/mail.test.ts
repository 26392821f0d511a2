import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'
import { startSmtpMailbox, type SmtpMailbox } from './helpers/smtpMailbox'

const PASSWORD = 'mật-khẩu-thử-thư-1'
const ADMIN = 'quan-tri@toasoan.test'
const EDITOR = 'bien-tap@toasoan.test'
const TITLE = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Kạn lần thứ 12'

/** The Subject header as it travelled: RFC 2047 words, plain ASCII, whatever the language. */
const subjectHeader = (raw: string) =>
  /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r\n/g, '\n') ?? ''

describe('mail through SMTP', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-mail-'))
  let mailbox: SmtpMailbox
  let server: ProductionServer

  beforeAll(async () => {
    mailbox = await startSmtpMailbox()
    server = await startProduction({
      buildDir: await productionBuild(),
      dataDir,
      env: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(mailbox.port),
        SMTP_SECURE: 'false',
        EMAIL_FROM: 'toasoan@baobackan.test',
      },
    })
    const api = apiClient(server.url)
    const token = await api.firstAdmin(ADMIN, PASSWORD)
    const editor = await api.call('POST', '/users', {
      token,
      body: { email: EDITOR, password: PASSWORD, fullName: 'Biên tập viên', roles: ['editor'] },
    })
    expect(editor.status).toBe(201)
  })
  afterAll(async () => {
    await server?.stop()
    await mailbox?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('should deliver a password reset with an absolute link to the admin', async () => {
    const api = apiClient(server.url)
    const answer = await api.call('POST', '/users/forgot-password', { body: { email: EDITOR } })
    expect(answer.status).toBe(200)
    const mail = await mailbox.waitFor(EDITOR, /mật khẩu/i)
    expect(mail.parsed.from?.value[0]?.address).toBe('toasoan@baobackan.test')
    const link = /https?:\/\/[^\s"<]+\/admin\/reset\/[0-9a-f]+/.exec(String(mail.parsed.html))?.[0]
    expect(link?.startsWith(`${server.url}/admin/reset/`)).toBe(true)
    const page = await fetch(link as string)
    expect(page.status).toBe(200)
  })

  it('should deliver a workflow notice with a Vietnamese subject, encoded, and an absolute link', async () => {
    const api = apiClient(server.url)
    const token = await api.login(ADMIN, PASSWORD)
    const created = await api.call<{ doc: { id: string } }>('POST', '/articles', {
      token,
      body: { title: TITLE },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const moved = await api.call('POST', `/articles/${id}/transition`, {
      token,
      body: { to: 'submitted', expectedStage: 'draft' },
    })
    expect(moved.status).toBe(200)

    const mail = await mailbox.waitFor(EDITOR, /Chờ biên tập/)
    expect(mail.parsed.subject).toBe(`[Tòa soạn] ${TITLE} – Chờ biên tập`)
    expect(subjectHeader(mail.raw)).toMatch(/^[\x20-\x7e\n\t]+$/)
    expect(subjectHeader(mail.raw)).toMatch(/=\?UTF-8\?[BQ]\?/i)
    expect(mail.parsed.text).toContain(`${server.url}/admin/collections/articles/${id}`)
  })
})
