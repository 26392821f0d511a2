import { randomUUID } from 'node:crypto'

import type { Article } from '../payload-types'

/** Payload's stored shape of a Lexical rich-text field. */
export type LexicalDocument = NonNullable<Article['body']>

/**
 * A block of an article body: a paragraph of text, a media item with its caption and credit, or
 * a caption whose photo is not (yet) in the library.
 */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'media'; media: string; caption?: string; credit?: string }
  | { kind: 'caption'; text: string }

/** Lexical's text format bit for italics. */
const ITALIC = 2

const paragraphNode = (text: string, format = 0) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 }],
})

const uploadNode = (block: Extract<BodyBlock, { kind: 'media' }>) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: randomUUID(),
  relationTo: 'media',
  value: block.media,
  fields: { caption: block.caption ?? null, credit: block.credit ?? null },
})

/** The Lexical editor state Payload stores for a body made of paragraphs and media. */
export const lexicalDocument = (blocks: BodyBlock[]): LexicalDocument =>
  ({
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: blocks.map((block) => {
        if (block.kind === 'media') return uploadNode(block)
        // A photo's caption without its photo (imports): printed in italics, as portals do.
        return paragraphNode(block.text, block.kind === 'caption' ? ITALIC : 0)
      }),
    },
  }) as LexicalDocument
