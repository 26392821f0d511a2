import { describe, expect, it } from 'vitest'

import {
  htmlToArticleText,
  MAX_ELEMENTS,
  MAX_HTML_CHARS,
  MAX_HTML_DEPTH,
} from './htmlToArticleText'
import { ParseError } from './parseError'

const paragraph =
  'Sáng 12/4, UBND huyện tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2023 với sự tham dự của lãnh đạo các phòng, ban, ngành và các xã, thị trấn.'
const page = (body: string, head = '<meta charset="utf-8"><title>Tin tức</title>') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`

const refusal = (html: string): ParseError | undefined => {
  try {
    htmlToArticleText(html, 'trang.html')
  } catch (error) {
    if (error instanceof ParseError) return error
    throw error
  }
  return undefined
}

describe('htmlToArticleText on pages that hold no article or are built to hurt', () => {
  it('should refuse a page over the size limit before parsing it', () => {
    const huge = page(
      `<div>${`<p>${paragraph}</p>`.repeat(MAX_HTML_CHARS / paragraph.length)}</div>`,
    )
    expect(huge.length).toBeGreaterThan(MAX_HTML_CHARS)
    const error = refusal(huge)
    expect(error?.reason).toBe('tooLarge')
    expect(error?.message).toMatch(/^trang\.html: Trang HTML dài \d+ ký tự/u)
  })

  it('should refuse markup nested deeper than any article page, and fast', () => {
    const depth = MAX_HTML_DEPTH * 50
    const deep = page(`${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}`)
    const started = performance.now()
    expect(refusal(deep)?.reason).toBe('tooDeep')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('should refuse a page of more elements than any article page, before Readability runs', () => {
    const crowded = page(`<p>${paragraph}</p>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}`)
    const error = refusal(crowded)
    expect(error?.reason).toBe('tooLarge')
    expect(error?.message).toContain(`quá ${MAX_ELEMENTS}`)
  })

  it('should refuse a UTF-16 page read as UTF-8', () => {
    const utf16 = Buffer.from(page(`<p>${paragraph}</p>`), 'utf16le').toString('utf8')
    expect(refusal(utf16)?.reason).toBe('notUtf8')
  })

  it('should read a page nested as deep as real ones', () => {
    const depth = 40
    const nested = page(
      `<h1>Huyện sơ kết công tác quý I năm 2023</h1>${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}`,
    )
    expect(htmlToArticleText(nested)).toContain(paragraph)
  })

  it('should refuse a page of menus and links only', () => {
    const menus = page(
      '<header><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav></header><div class="footer">Cổng thông tin điện tử huyện</div>',
    )
    expect(refusal(menus)?.reason).toBe('noArticle')
    expect(refusal(page(''))?.reason).toBe('noArticle')
  })

  it('should refuse a windows-1258 page read as UTF-8, with a clear message', () => {
    // Bytes of a legacy page decoded as UTF-8: the accented letters become U+FFFD.
    const misread = Buffer.from(`<p>${paragraph}</p>`, 'latin1').toString('utf8')
    const legacy = page(
      misread,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
    )
    const error = refusal(legacy)
    expect(error?.reason).toBe('notUtf8')
    expect(error?.message).toContain('windows-1258')
    // Even without a charset meta, a page full of replacement characters is no UTF-8.
    expect(refusal(page(misread.repeat(3), ''))?.reason).toBe('notUtf8')
  })

  it('should read a page that declares a legacy charset but reached us decoded', () => {
    const declared = page(
      `<h1>Huyện sơ kết công tác quý I năm 2023</h1><div><p>${paragraph}</p></div>`,
      '<meta charset="windows-1258"><title>Huyện sơ kết công tác quý I năm 2023</title>',
    )
    expect(htmlToArticleText(declared)).toContain(paragraph)
  })

  it('should read a pasted fragment of an article as the body of a page', () => {
    const text = htmlToArticleText(
      `<div class="content"><h1>Huyện sơ kết công tác quý I năm 2023</h1><p>${paragraph}</p><p><strong>Thu Hà</strong></p></div>`,
    )
    expect(text.split('\n\n')).toStrictEqual([
      'Huyện sơ kết công tác quý I năm 2023',
      paragraph,
      'Thu Hà',
    ])
  })
})
