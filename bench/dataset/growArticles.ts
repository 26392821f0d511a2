import type { Payload } from 'payload'

import { articleSearchFields } from '@/lib/articleSearchFields'
import { lexicalPlainText } from '@/lib/lexicalPlainText'
import { slugify } from '@/lib/slugify'
import type { Article, Meeting } from '@/payload-types'
import { findInstallationSite } from '@/sites/installationSite'

import { seededRandom } from './random'
import type { ReferenceData } from './referenceData'
import { articleBody, lead } from './vietnameseText'

/** The newest article of every data set; older ones follow every 45 minutes or so. */
const NEWEST = Date.parse('2026-06-30T10:00:00Z')
const SPACING_MS = 45 * 60_000
/** One meeting reported on for every few articles, as on a provincial portal. */
const ARTICLES_PER_MEETING = 5
/** A few articles stay unpublished: a read must never show them. */
const DRAFT_SHARE = 0.03

const meetingKinds: { kind: Meeting['kind']; words: string }[] = [
  { kind: 'review', words: 'họp kiểm điểm, đánh giá công tác lãnh đạo, chỉ đạo' },
  { kind: 'periodReview', words: 'hội nghị sơ kết công tác quý' },
  { kind: 'expandedConference', words: 'hội nghị Ban Chấp hành mở rộng' },
  { kind: 'workingVisit', words: 'làm việc về tiến độ các công trình, dự án' },
  { kind: 'councilSession', words: 'kỳ họp thường lệ' },
]

/**
 * Article `index` of the data set, the same on every run: growing a set from 1,000 to 50,000
 * articles keeps the first 1,000 as they were. Written with the adapter's `create` (no hooks,
 * no version history), with the folded search text the hooks would write.
 */
const makeArticle = (index: number, reference: ReferenceData) => {
  const random = seededRandom(index + 1)
  const publishedAt = new Date(NEWEST - index * SPACING_MS - random.int(0, 20) * 60_000)
  const units = random.some(reference.units, random.int(1, 3))
  const officials = random.some(reference.officials, random.int(0, 3))
  const kind = random.pick(meetingKinds)
  const title = `${units[0]?.name ?? ''} ${kind.words} (${index + 1})`
  const mentions = officials.map(
    (official) => `Đồng chí ${official.name} – ${official.title} phát biểu tại buổi làm việc.`,
  )
  const body = articleBody(random, {
    bytes: random.int(5_000, 20_000),
    photos: reference.photos,
    mentions,
  })
  const articleLead = lead(random, mentions)
  const reporter = random.pick(reference.reporters)
  const published = random.next() >= DRAFT_SHARE
  const meeting =
    index % ARTICLES_PER_MEETING === 0
      ? {
          title,
          slug: `${slugify(title)}-hop`,
          kind: kind.kind,
          startsAt: new Date(publishedAt.getTime() - 3 * 3_600_000).toISOString(),
          hostUnits: units.slice(0, 1).map((unit) => unit.id),
          attendingUnits: units.slice(1).map((unit) => unit.id),
          chair: officials[0]?.id,
          chairTitle: officials[0]?.title,
          attendingOfficials: officials.slice(1).map((official) => official.id),
        }
      : undefined
  const article = {
    title,
    slug: `${slugify(title)}`,
    lead: articleLead,
    body,
    featuredImage: random.pick(reference.photos),
    category: random.pick(reference.categories),
    officials: officials.map((official) => official.id),
    units: units.map((unit) => unit.id),
    publishedAt: publishedAt.toISOString(),
    // Array rows get their ids from Payload's hooks, which the adapter's create does not run.
    byline: [
      {
        id: index.toString(16).padStart(24, '0'),
        person: { relationTo: 'users' as const, value: reporter.id },
        role: 'text' as const,
        displayName: reporter.penName,
      },
    ],
    views: random.int(0, 5_000),
    ...articleSearchFields({
      title,
      lead: articleLead,
      bodyText: lexicalPlainText(body),
      language: 'vi',
    }),
    workflowStage: published ? ('published' as const) : ('draft' as const),
    workflowSequence: published ? 1 : 0,
    lastPublishedAt: published ? publishedAt.toISOString() : null,
    _status: published ? ('published' as const) : ('draft' as const),
  } satisfies Partial<Article>
  return { article, meeting }
}

/** Adds articles (and their meetings) until the data set holds `target` of them. */
export const growArticles = async (
  payload: Payload,
  reference: ReferenceData,
  target: number,
  onProgress: (done: number) => void,
) => {
  const start = await payload.db.count({ collection: 'articles', where: {} })
  // The adapter's create runs no hooks: the site that Payload's default would give, set here, so
  // that the app's reads (which keep to the request's site) see the articles.
  const site = await findInstallationSite(payload)
  for (let index = start.totalDocs; index < target; index += 1) {
    const { article, meeting } = makeArticle(index, reference)
    const meetingDoc = meeting
      ? await payload.db.create({ collection: 'meetings', data: meeting })
      : undefined
    await payload.db.create({
      collection: 'articles',
      data: { ...article, site, meeting: meetingDoc?.id },
      returning: false,
    })
    if (index % 500 === 0) onProgress(index)
  }
}
