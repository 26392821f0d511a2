import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseArticle } from './parseArticle'
import { bylineNames } from './parseByline'
import { looksLikeHtml, parseHtmlArticle } from './parseHtmlArticle'
import type { ExpectedArticle } from './scoreArticle'

/**
 * tests/fixtures/import-html/002-portal.html is seed 002 laid out by hand in the markup of a
 * typical provincial portal (menu, breadcrumb, share bar, sidebar, related list, footer): not a
 * page saved from the real site. Read as HTML it must give what the seed's text gives.
 */
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const page = read('../../tests/fixtures/import-html/002-portal.html')
const seed = read('../seed/fixtures/002_aaaaf8a0d1df4601.txt')

describe('parseHtmlArticle on a saved portal page', () => {
  const fromHtml = parseHtmlArticle(page)
  const fromText = parseArticle(seed)

  it('should read the title, publish time, views, lead and byline as the text gives them', () => {
    expect(fromHtml.title).toBe(fromText.title)
    expect(fromHtml.publishedAt).toBe('2020-12-30T18:45:37+07:00')
    expect(fromHtml.views).toBe(8093)
    expect(fromHtml.lead).toBe(fromText.lead)
    expect(fromHtml.byline).toBe('Minh Hương')
  })

  it('should keep figures with their captions and credits, and the audio file', () => {
    expect(fromHtml.body.filter((block) => block.kind === 'caption')).toStrictEqual(
      fromText.body.filter((block) => block.kind === 'caption'),
    )
    expect(fromHtml.audio).toStrictEqual(['31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3'])
  })

  it('should read the same meeting, officials and units', () => {
    expect(fromHtml.meeting).toStrictEqual(fromText.meeting)
    expect(fromHtml.officials).toStrictEqual(fromText.officials)
    expect(fromHtml.units).toStrictEqual(fromText.units)
  })

  it('should drop the menu, breadcrumb, share bar, sidebar, related list and footer', () => {
    const printed = [fromHtml.lead, ...fromHtml.body.map((block) => block.text)].join('\n')
    for (const chrome of [
      'Trang chủ',
      'Chia sẻ',
      'Tìm kiếm',
      'Đọc nhiều nhất',
      'Cơ quan chủ quản',
      'Tin cùng chuyên mục',
      'Hội nghị tổng kết công tác năm 2020 của Văn phòng',
    ]) {
      expect(printed).not.toContain(chrome)
    }
    expect(fromHtml.body).toStrictEqual(fromText.body)
  })
})

/**
 * Pages made by hand in the markup of three kinds of real portals (each file's top comment says
 * which), beside each the extraction an editor would write (<id>.json, the corpus's format).
 */
const portalPages = [
  {
    id: '003-cms-detail',
    audio: [],
    chrome: ['Chia sẻ', 'Tham khảo thêm', 'Từ khóa', 'Tin cùng chuyên mục', 'Cơ quan chủ quản'],
  },
  {
    id: '004-aspx-portal',
    audio: [],
    chrome: ['Tin đọc nhiều', 'Lịch công tác', 'In trang', 'Các tin khác', 'CỔNG THÔNG TIN'],
  },
  {
    id: '005-nukeviet-news',
    audio: ['hoi-nghi-pclb.mp3'],
    chrome: ['Trang nhất', 'Tổng số điểm', 'Những tin mới hơn', 'Thống kê truy cập'],
  },
]

describe.each(portalPages)('parseHtmlArticle on $id', ({ id, audio, chrome }) => {
  const parsed = parseHtmlArticle(read(`../../tests/fixtures/import-html/${id}.html`))
  const { expected } = JSON.parse(read(`../../tests/fixtures/import-html/${id}.json`)) as {
    expected: ExpectedArticle
  }

  it('should read the title, publish time, views, lead and byline an editor reads', () => {
    expect(parsed.title).toBe(expected.title)
    expect(parsed.publishedAt?.slice(0, expected.publishedAt?.length)).toBe(
      expected.publishedAt ?? undefined,
    )
    expect(parsed.views ?? null).toBe(expected.views)
    expect(parsed.lead).toBe(expected.lead)
    expect(bylineNames(parsed.byline)).toStrictEqual(expected.byline)
  })

  it('should keep every figure caption with its credit, and the audio file', () => {
    const captions = parsed.body
      .filter((block) => block.kind === 'caption')
      .map((block) => ({ text: block.text, credit: block.credit ?? null }))
    expect(captions).toStrictEqual(expected.captions)
    expect(parsed.audio).toStrictEqual(audio)
  })

  it('should read the meeting and its date from the body', () => {
    expect(parsed.meeting?.kind).toBe(expected.meeting?.kind)
    expect(parsed.meeting?.date).toBe(expected.meeting?.date)
  })

  it('should leave the chrome of the site out of the lead and the body', () => {
    const printed = [parsed.lead, ...parsed.body.map((block) => block.text)].join('\n')
    for (const line of chrome) expect(printed).not.toContain(line)
  })
})

describe('parseHtmlArticle on a page whose <title> names only the site', () => {
  // Many portals print the same <title> on every page, and the site's name as the page's h1.
  const page004 = read('../../tests/fixtures/import-html/004-aspx-portal.html')
  // …and wrap a box's title in elements of its own.
  const siteTitled = page004
    .replace(/<title>[^<]*<\/title>/u, '<title>Cổng thông tin điện tử huyện Yên Sơn</title>')
    .replace('>Tin đọc nhiều<', '><span>Tin đọc nhiều</span><')
  const parsed = parseHtmlArticle(siteTitled)

  it('should take the heading nearest the body, not the site name, and leave the sidebar out', () => {
    expect(parsed.title).toBe('Huyện ủy kiểm tra công tác chuẩn bị Đại hội Đảng bộ xã Tân Lập')
    expect(parsed.lead).toBe(parseHtmlArticle(page004).lead)
    const printed = parsed.body.map((block) => block.text).join('\n')
    expect(printed).not.toContain('Tin đọc nhiều')
    expect(printed).not.toContain('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15')
  })
})

describe('looksLikeHtml', () => {
  it('should tell a page or fragment from an article pasted as text', () => {
    expect(looksLikeHtml(page)).toBe(true)
    expect(looksLikeHtml('<div class="content"><p>Sáng nay…</p></div>')).toBe(true)
    expect(looksLikeHtml(seed)).toBe(false)
    expect(looksLikeHtml('Tiêu đề <b>đậm</b>\n\nSapo.')).toBe(false)
  })
})
