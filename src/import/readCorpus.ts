import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { ExpectedArticle } from './scoreArticle'
import type { CorpusPart } from './scoreCorpus'

/** One corpus article: its text, its saved page when kept, and the editor's extraction. */
export type CorpusArticle = {
  id: string
  part: CorpusPart
  text: string
  html?: string
  expected: ExpectedArticle
}

type CorpusJson = { split?: string; expected?: ExpectedArticle }

/**
 * The articles of tests/fixtures/import-corpus/articles (format in its SCHEMA.md), by id. An
 * article without a split or an expectation is no corpus article yet and is left out.
 */
export const readCorpus = (folder: string): CorpusArticle[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -'.json'.length)
      const json = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as CorpusJson
      const textFile = path.join(folder, `${id}.txt`)
      if ((json.split !== 'dev' && json.split !== 'heldout') || !json.expected) return []
      if (!existsSync(textFile)) return []
      const htmlFile = path.join(folder, `${id}.html`)
      return [
        {
          id,
          part: json.split,
          text: readFileSync(textFile, 'utf8'),
          ...(existsSync(htmlFile) ? { html: readFileSync(htmlFile, 'utf8') } : {}),
          expected: json.expected,
        },
      ]
    })
