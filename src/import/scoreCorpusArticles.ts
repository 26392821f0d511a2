import { ParseError, parseArticle } from './parseArticle'
import type { ParsedArticle } from './parsedArticle'
import type { CorpusArticle } from './readCorpus'
import { scoreArticle } from './scoreArticle'
import type { ScoredArticle } from './scoreCorpus'

/** What a text the parser refuses scores as: nothing found. */
const nothingFound: ParsedArticle = {
  title: '',
  lead: '',
  body: [],
  audio: [],
  leftovers: [],
  officials: [],
  titleReferences: [],
  units: [],
  warnings: [],
}

const parsedOrNothing = (read: () => ParsedArticle): ParsedArticle => {
  try {
    return read()
  } catch (error) {
    if (error instanceof ParseError) return nothingFound
    throw error
  }
}

/**
 * Runs the real parser on every corpus article and scores what it read: the text, and the saved
 * page when the corpus keeps one (scored as an article of its own, "<id>.html", in the same part).
 */
export const scoreCorpusArticles = (
  articles: CorpusArticle[],
  parseHtml?: (html: string) => ParsedArticle,
): ScoredArticle[] =>
  articles.flatMap((article) => {
    const { id, part, text, html, expected } = article
    const fromText = {
      id,
      part,
      score: scoreArticle({
        parsed: parsedOrNothing(() => parseArticle(text, { fileName: id })),
        expected,
        sourceText: text,
      }),
    }
    if (html === undefined || !parseHtml) return [fromText]
    const fromHtml = {
      id: `${id}.html`,
      part,
      score: scoreArticle({
        parsed: parsedOrNothing(() => parseHtml(html)),
        expected,
        sourceText: text,
      }),
    }
    return [fromText, fromHtml]
  })
