import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { ParseError } from './parseError'
import { parseHtmlArticle } from './parseHtmlArticle'
import { decodeArticleBytes, readArticleFile } from './readArticleFile'

/** windows-1258 as old portals saved it: base letters, then the tone as a separate byte. */
const windows1258 = (text: string): Uint8Array => {
  const decoder = new TextDecoder('windows-1258')
  const byteOf = new Map<string, number>()
  for (let byte = 0; byte < 256; byte += 1) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte)
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/u
  return Uint8Array.from(
    [...text.normalize('NFC')].flatMap((char) => {
      const whole = byteOf.get(char)
      if (whole !== undefined) return [whole]
      const marks = char.normalize('NFD')
      const toneMark = tone.exec(marks)?.[0] ?? ''
      const base = byteOf.get(marks.replace(toneMark, '').normalize('NFC'))
      const toneByte = byteOf.get(toneMark)
      if (base === undefined || toneByte === undefined)
        throw new Error(`not in windows-1258: ${char}`)
      return [base, toneByte]
    }),
  )
}

const TITLE = 'Hội nghị tổng kết công tác năm 2023 của UBND huyện Đồng Hỷ'
const PAGE = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>${TITLE}</title></head><body><h1>${TITLE}</h1><p>Sáng ngày 28/12/2023, UBND huyện Đồng Hỷ tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.</p><p>Đồng chí Nguyễn Văn Bình, Chủ tịch UBND huyện chủ trì hội nghị và phát biểu kết luận.</p></body></html>`

const refusal = (bytes: Uint8Array): ParseError | undefined => {
  try {
    decodeArticleBytes(bytes, 'bai-cu.txt')
  } catch (error) {
    if (error instanceof ParseError) return error
    throw error
  }
  return undefined
}

describe('reading an article file', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'toasoan-read-article-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('should read a saved page in the windows-1258 its meta declares, tones composed', () => {
    const bytes = windows1258(PAGE)
    // The encoding is real: the tones are bytes of their own, and no UTF-8 reader takes it.
    expect(bytes.length).toBeGreaterThan(PAGE.length)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const file = path.join(folder, 'dong-hy.html')
    writeFileSync(file, bytes)
    const text = readArticleFile(file, 'dong-hy.html')
    expect(text).toBe(PAGE.normalize('NFC'))
    const article = parseHtmlArticle(text)
    expect(article.title).toBe(TITLE)
    expect(article.meeting?.date).toBe('2023-12-28')
  })

  it('should read UTF-8 with and without its byte order mark, and UTF-16 with its own', () => {
    const utf8 = new TextEncoder().encode(TITLE)
    expect(decodeArticleBytes(utf8)).toBe(TITLE)
    expect(decodeArticleBytes(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8))).toBe(TITLE)
    const utf16 = Buffer.from(`\ufeff${TITLE}`, 'utf16le')
    expect(decodeArticleBytes(utf16)).toBe(TITLE)
  })

  it('should compose tones typed apart (NFD) into the letters the parser reads', () => {
    const decomposed = new TextEncoder().encode(TITLE.normalize('NFD'))
    expect(decodeArticleBytes(decomposed)).toBe(TITLE)
  })

  it('should refuse, with its reason, a text that is not UTF-8 and declares nothing', () => {
    const error = refusal(windows1258(TITLE))
    expect(error?.reason).toBe('notUtf8')
    expect(error?.message).toMatch(/^bai-cu\.txt: Tệp không ở mã UTF-8.*\(the file is not UTF-8/u)
  })

  it('should refuse a page declaring UTF-8 or an unknown charset that its bytes are not', () => {
    const bytes = windows1258(PAGE)
    const declaring = (charset: string) =>
      Buffer.from(Buffer.from(bytes).toString('latin1').replace('windows-1258', charset), 'latin1')
    expect(refusal(declaring('utf-8'))?.reason).toBe('notUtf8')
    expect(refusal(declaring('x-vni-times'))?.reason).toBe('notUtf8')
  })
})
