import { createHash } from 'node:crypto'

import type { ParsedArticle } from './parsedArticle'

/**
 * The fingerprint of an article's content as parsed — so NFC or NFD input, old or new tone
 * placement, and changed page furniture give the same key, and a second import finds the first.
 */
export const importKeyOf = (parsed: ParsedArticle): string =>
  createHash('sha256')
    .update(JSON.stringify([parsed.title, parsed.lead, parsed.body]))
    .digest('hex')
