import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalDocument } from '@/lib/lexicalDocument'

import type { Random } from './random'

const fixturesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/seed/fixtures',
)

/** Real sentences from the sample articles: realistic words, accents and lengths for search. */
const sentences: string[] = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) =>
    readFileSync(path.join(fixturesDir, name), 'utf8').normalize('NFC').split(/\n+/),
  )
  .flatMap((line) => line.split(/(?<=[.;!?…])\s+/))
  .map((sentence) => sentence.trim())
  .filter(
    (sentence) => sentence.length >= 40 && !/^(Ảnh|Audio|Lượt xem|Thứ \d|Chủ nhật)/.test(sentence),
  )

/** A paragraph of three to six sentences. */
const paragraph = (random: Random, extra: string[]) =>
  Array.from({ length: random.int(3, 6) }, () =>
    random.next() < 0.15 && extra.length ? random.pick(extra) : random.pick(sentences),
  ).join(' ')

/**
 * A Lexical body of roughly `bytes` of stored JSON, with a photo and its caption every few
 * paragraphs, mentioning the article's own units and officials.
 */
export const articleBody = (
  random: Random,
  { bytes, photos, mentions }: { bytes: number; photos: string[]; mentions: string[] },
) => {
  const blocks: Parameters<typeof lexicalDocument>[0] = []
  let size = 0
  while (size < bytes) {
    if (photos.length && blocks.length % 4 === 1) {
      const caption = random.pick(sentences)
      blocks.push({ kind: 'media', media: random.pick(photos), caption })
      size += 400 + caption.length
    }
    const text = paragraph(random, mentions)
    blocks.push({ kind: 'paragraph', text })
    // Lexical's paragraph wrapper is about 250 bytes of JSON around the text.
    size += 250 + Buffer.byteLength(text)
  }
  return lexicalDocument(blocks)
}

export const lead = (random: Random, mentions: string[]) => paragraph(random, mentions)
