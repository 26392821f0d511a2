import {
  type ArticleScore,
  type Field,
  HARM_KINDS,
  type Harm,
  type HarmKind,
  LIST_FIELDS,
  type ListCount,
  SCALAR_FIELDS,
} from './scoreArticle'

/**
 * The corpus's totals, part by part. Every article scores each field from 0 to 1: a scalar
 * field 1 when right; a list (captions, officials, units) its F1, 1 when both sides are empty.
 * A field's accuracy is the mean over the part's articles, and the pooled accuracy the mean over
 * every article and field. Lists also get precision and recall over all their items.
 */

export type CorpusPart = 'dev' | 'heldout'
export const CORPUS_PARTS: CorpusPart[] = ['dev', 'heldout']

/** At least this pooled accuracy, and no harmful output (issue 11's targets). */
export const TARGETS: Record<CorpusPart, number> = { dev: 0.95, heldout: 0.9 }

export type ScoredArticle = { id: string; part: CorpusPart; score: ArticleScore }

export type FieldTotal = {
  field: Field
  accuracy: number
  /** Lists only: over every item of the part. */
  precision?: number
  recall?: number
}

export type PartTotal = {
  part: CorpusPart
  articles: number
  fields: FieldTotal[]
  pooled: number
  harms: Record<HarmKind, number>
  /** Each harmful output with its article: only the totals of the held-out part are printed. */
  harmList: (Harm & { id: string })[]
}

export const FIELDS: Field[] = [...SCALAR_FIELDS, ...LIST_FIELDS]

const f1 = ({ found, expected, matched }: ListCount): number =>
  found + expected === 0 ? 1 : (2 * matched) / (found + expected)

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)

const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length

const fieldScore = (score: ArticleScore, field: Field): number =>
  (LIST_FIELDS as readonly string[]).includes(field)
    ? f1(score.lists[field as (typeof LIST_FIELDS)[number]])
    : Number(score.scalars[field as (typeof SCALAR_FIELDS)[number]])

const fieldTotal = (scores: ArticleScore[], field: Field): FieldTotal => {
  const accuracy = mean(scores.map((score) => fieldScore(score, field)))
  if (!(LIST_FIELDS as readonly string[]).includes(field)) return { field, accuracy }
  const counts = scores.map((score) => score.lists[field as (typeof LIST_FIELDS)[number]])
  const sum = (key: keyof ListCount) => counts.reduce((total, count) => total + count[key], 0)
  return {
    field,
    accuracy,
    precision: ratio(sum('matched'), sum('found')),
    recall: ratio(sum('matched'), sum('expected')),
  }
}

export const partTotal = (articles: ScoredArticle[], part: CorpusPart): PartTotal => {
  const inPart = articles.filter((article) => article.part === part)
  const scores = inPart.map((article) => article.score)
  const harmList = inPart.flatMap((article) =>
    article.score.harms.map((harm) => ({ ...harm, id: article.id })),
  )
  return {
    part,
    articles: inPart.length,
    fields: FIELDS.map((field) => fieldTotal(scores, field)),
    pooled: mean(scores.flatMap((score) => FIELDS.map((field) => fieldScore(score, field)))),
    harms: Object.fromEntries(
      HARM_KINDS.map((kind) => [kind, harmList.filter((harm) => harm.kind === kind).length]),
    ) as Record<HarmKind, number>,
    harmList,
  }
}

/** True when the part meets its target: pooled accuracy and no harmful output. */
export const meetsTarget = (total: PartTotal): boolean =>
  total.articles > 0 &&
  total.pooled >= TARGETS[total.part] &&
  Object.values(total.harms).every((count) => count === 0)

const FIELD_LABELS: Record<Field, string> = {
  title: 'Title',
  publishedAt: 'Publish time',
  views: 'Views',
  lead: 'Lead',
  byline: 'Byline names',
  meetingKind: 'Meeting kind',
  meetingDate: 'Meeting date',
  partOfDay: 'Part of day',
  chair: 'Chair (name + titles)',
  captions: 'Captions with credits',
  officials: 'Officials (name + titles)',
  units: 'Units',
}

const HARM_LABELS: Record<HarmKind, string> = {
  personInUnit: "A person's name inside a unit",
  bylineAsCaption: 'A byline stored as a caption',
  pageLineAsLead: 'A page line as the lead',
  inventedChair: 'An invented chair',
}

const percent = (value: number | undefined): string =>
  value === undefined ? '' : `${(value * 100).toFixed(1)} %`

/** The scores as a Markdown table, both parts side by side, with the harms counted. */
export const scoresTable = (totals: PartTotal[]): string => {
  const header = `| Field | ${totals.map((total) => `${total.part} (${total.articles}): accuracy | precision | recall`).join(' | ')} |`
  const rule = `|---|${totals.map(() => '---:|---:|---:').join('|')}|`
  const rows = FIELDS.map((field, index) => {
    const cells = totals.map((total) => {
      const { accuracy, precision, recall } = total.fields[index]
      return `${percent(accuracy)} | ${percent(precision)} | ${percent(recall)}`
    })
    return `| ${FIELD_LABELS[field]} | ${cells.join(' | ')} |`
  })
  const pooled = `| **Pooled accuracy** (target ${totals.map((total) => `${total.part} ≥ ${percent(TARGETS[total.part])}`).join(', ')}) | ${totals.map((total) => `**${percent(total.pooled)}** | |`).join(' | ')} |`
  const harmHeader = `| Harmful outputs (target 0) | ${totals.map((total) => total.part).join(' | ')} |`
  const harmRule = `|---|${totals.map(() => '---:').join('|')}|`
  const harmRows = HARM_KINDS.map(
    (kind) => `| ${HARM_LABELS[kind]} | ${totals.map((total) => total.harms[kind]).join(' | ')} |`,
  )
  return [header, rule, ...rows, pooled, '', harmHeader, harmRule, ...harmRows].join('\n')
}
