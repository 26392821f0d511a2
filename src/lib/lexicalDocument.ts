import { randomUUID } from 'node:crypto'

import type { Article } from '../payload-types'

/** Payload's stored shape of a Lexical rich-text field. */
export type LexicalDocument = NonNullable<Article['body']>

/** A block of an article body: a paragraph of text, or a media item with its caption and credit. */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'media'; media: string; caption?: string; credit?: string }

const paragraphNode = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
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
      children: blocks.map((block) =>
        block.kind === 'paragraph' ? paragraphNode(block.text) : uploadNode(block),
      ),
    },
  }) as LexicalDocument
