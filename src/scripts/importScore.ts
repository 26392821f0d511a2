import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { parseArticle } from '../import/parseArticle'
import { parseHtmlArticle } from '../import/parseHtmlArticle'
import { readCorpus } from '../import/readCorpus'
import { CORPUS_PARTS, FIELDS, meetsTarget, partTotal, scoresTable } from '../import/scoreCorpus'
import { scoreCorpusArticles } from '../import/scoreCorpusArticles'

/**
 * npm run import:score [-- --details]: the parser against the corpus, per field and part, the
 * table written to tests/fixtures/import-corpus/SCORES.md. --details lists, for the development
 * part only, what each article got wrong; the held-out part is only ever counted.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../tests/fixtures/import-corpus')
const articles = readCorpus(path.join(CORPUS, 'articles'))
const scored = scoreCorpusArticles(articles, parseHtmlArticle)
const totals = CORPUS_PARTS.map((part) => partTotal(scored, part))
const table = scoresTable(totals)

const verdicts = totals.map(
  (total) =>
    `- ${total.part}: pooled ${(total.pooled * 100).toFixed(1)} % over ${total.articles} articles, ${total.harmList.length} harmful outputs — ${meetsTarget(total) ? 'target met' : 'target MISSED'}`,
)
writeFileSync(
  path.join(CORPUS, 'SCORES.md'),
  `# Import corpus scores\n\nWritten by \`npm run import:score\` (the parser in src/import run on every article of articles/; how each field is scored: src/import/scoreCorpus.ts). Do not edit by hand.\n\n${table}\n\n${verdicts.join('\n')}\n`,
)
console.log(`${table}\n\n${verdicts.join('\n')}`)

if (process.argv.includes('--details')) {
  const dev = articles.filter((article) => article.part === 'dev')
  for (const article of dev) {
    const score = scored.find((entry) => entry.id === article.id)?.score
    if (!score) continue
    const wrong = FIELDS.filter((field) =>
      field in score.scalars
        ? !score.scalars[field as keyof typeof score.scalars]
        : (() => {
            const count = score.lists[field as keyof typeof score.lists]
            return count.matched !== count.found || count.matched !== count.expected
          })(),
    )
    if (wrong.length === 0 && score.harms.length === 0) continue
    let parsed: unknown
    try {
      parsed = parseArticle(article.text)
    } catch (error) {
      parsed = String(error)
    }
    console.log(`\n## ${article.id}: ${wrong.join(', ')}`)
    for (const harm of score.harms) console.log(`  HARM ${harm.kind}: ${harm.detail}`)
    console.log(JSON.stringify({ expected: article.expected, parsed }, null, 1))
  }
}
