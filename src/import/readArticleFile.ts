import { readFileSync } from 'node:fs'

import { declaredCharset, isUtf8 } from './declaredCharset'
import { ParseError } from './parseError'

const byteOrderMark = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

const decodeIn = (encoding: string, bytes: Uint8Array, fatal = false): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes).normalize('NFC')
  } catch {
    // Not this encoding (fatal), or a label the runtime does not know.
    return undefined
  }
}

/**
 * An article file's bytes as text, in NFC: UTF-8 (with or without its BOM), UTF-16 with its BOM,
 * or a saved page in the legacy charset its <meta> declares — windows-1258, with its separate
 * tone marks, on many old Vietnamese portals. Anything else is refused, never read as mojibake.
 */
export const decodeArticleBytes = (bytes: Uint8Array, fileName?: string): string => {
  const utf16 = byteOrderMark(bytes)
  const text =
    (utf16 ? decodeIn(utf16, bytes) : decodeIn('utf-8', bytes, true)) ??
    (() => {
      // The declaration is ASCII, read off the page's first bytes.
      const charset = declaredCharset(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))
      return charset && !isUtf8(charset) ? decodeIn(charset, bytes) : undefined
    })()
  if (text !== undefined) return text
  throw new ParseError(
    'notUtf8',
    'Tệp không ở mã UTF-8 và không khai báo bảng mã nào đọc được: hãy lưu lại tệp ở UTF-8 (the file is not UTF-8 and declares no charset that can be read: save it again as UTF-8)',
    fileName,
  )
}

/** An article file from disk as text (see decodeArticleBytes). */
export const readArticleFile = (file: string, fileName?: string): string =>
  decodeArticleBytes(readFileSync(file), fileName)
