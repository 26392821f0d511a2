import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseArticle } from './parseArticle'
import { looksLikeHtml, parseHtmlArticle } from './parseHtmlArticle'

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

describe('looksLikeHtml', () => {
  it('should tell a page or fragment from an article pasted as text', () => {
    expect(looksLikeHtml(page)).toBe(true)
    expect(looksLikeHtml('<div class="content"><p>Sáng nay…</p></div>')).toBe(true)
    expect(looksLikeHtml(seed)).toBe(false)
    expect(looksLikeHtml('Tiêu đề <b>đậm</b>\n\nSapo.')).toBe(false)
  })
})
