import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

import { call, security, type Client } from './client'

const FORMULA_NAME = '=HYPERLINK("http://evil.example/x","Minh")'
const FORMULA_PEN_NAME = '@SUM(1+1)*cmd|" /C calc"!A0'
const FORMULA_DISPLAY = '-2+3+cmd|" /C calc"!A0'
const PLAIN_NAME = 'Lê Văn Tám'
const VIETNAMESE = 'Nguyễn Thị Hoà – “Hoa” Đông'

const ok = async (answer: Promise<{ status: number; text: string }>, what: string) => {
  const { status, text } = await answer
  if (status >= 300) throw new Error(`${what}: ${status} ${text}`)
  return JSON.parse(text)
}

const move = (id: string, as: Client, from: string, to: string) =>
  ok(
    call(`/api/articles/${id}/transition`, {
      as,
      method: 'POST',
      body: { to, expectedStage: from },
    }),
    `${from}→${to}`,
  )

let csv: string

beforeAll(async () => {
  const contributor = async (name: string) =>
    (await ok(call('/api/contributors', { as: 'editor', method: 'POST', body: { name } }), name))
      .doc.id as string
  const formulaId = await contributor(FORMULA_NAME)
  const plainId = await contributor(PLAIN_NAME)
  const vietnameseId = await contributor(VIETNAMESE)
  const reporter = security().staff.reporter
  await ok(
    call(`/api/users/${reporter.id}`, {
      as: 'reporter',
      method: 'PATCH',
      body: { penName: FORMULA_PEN_NAME },
    }),
    'pen name',
  )
  const { doc } = await ok(
    call('/api/articles', {
      as: 'reporter',
      method: 'POST',
      body: {
        title: 'Bài có tên tác giả là công thức',
        publishedAt: '2021-03-15T03:00:00.000Z',
        byline: [
          { person: { relationTo: 'users', value: reporter.id }, role: 'text' },
          { person: { relationTo: 'contributors', value: formulaId }, role: 'photo' },
          {
            person: { relationTo: 'contributors', value: plainId },
            role: 'photo',
            displayName: FORMULA_DISPLAY,
          },
          { person: { relationTo: 'contributors', value: vietnameseId }, role: 'photo' },
        ],
      },
    }),
    'article',
  )
  await move(doc.id, 'reporter', 'draft', 'submitted')
  await move(doc.id, 'editor', 'submitted', 'edited')
  await move(doc.id, 'editorInChief', 'edited', 'approved')
  await move(doc.id, 'editorInChief', 'approved', 'published')
  const answer = await call('/api/newsroom/royalties?from=2021-03-01&to=2021-03-31&format=csv', {
    as: 'editorInChief',
  })
  if (answer.status !== 200) throw new Error(`royalties: ${answer.status} ${answer.text}`)
  csv = answer.text
})

describe('formula injection into the royalty CSV', () => {
  it('should hold no cell a spreadsheet would evaluate', () => {
    const cells = (parse(csv, { bom: true }) as string[][]).flat()
    expect(cells.length).toBeGreaterThan(9)
    expect(cells.filter((cell) => /^[=+\-@\t\r\n]/.test(cell))).toEqual([])
  })

  it('should keep every dangerous name readable, behind an apostrophe spreadsheets hide', () => {
    const names = (parse(csv, { bom: true }) as string[][]).map((row) => row[0])
    // The third credit prints under the name the editor typed, not the contributor's own.
    for (const name of [FORMULA_NAME, FORMULA_PEN_NAME, FORMULA_DISPLAY]) {
      expect(names).toContain(`'${name}`)
    }
  })

  it('should leave Vietnamese names and every number exactly as they were', () => {
    const rows = parse(csv, { bom: true }) as string[][]
    expect(rows.map((row) => row[0])).toContain(VIETNAMESE)
    for (const row of rows.slice(1)) {
      for (const column of [2, 4, 5, 6]) expect(row[column]).toMatch(/^\d+$/)
    }
  })
})
