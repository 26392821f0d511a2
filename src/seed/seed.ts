import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { transition } from '@plugins/newsroom'

import { ensureAdmin } from './ensureAdmin'
import { placeholderPhoto, silentMp3 } from './placeholderMedia'
import {
  sampleArticles,
  sampleCategories,
  sampleContributors,
  sampleOfficials,
  sampleReporters,
  sampleSiteSettings,
  sampleUnits,
  type CategoryKey,
  type ContributorKey,
  type OfficialKey,
  type ReporterKey,
  type SampleArticle,
  type UnitKey,
} from './sampleContent'
import { sampleSites, sampleTwoSiteEditor, type SiteKey } from './sampleSites'
import { seedEnglish } from './seedEnglish'
import { seedRepublication } from './seedRepublication'
import { importKeyOf } from '../import/importKeyOf'
import { parseArticle } from '../import/parseArticle'
import { lexicalDocument, type BodyBlock } from '../lib/lexicalDocument'
import { slugify } from '../lib/slugify'
import { findInstallationSite } from '../sites/installationSite'

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

type Id = string

/** Reuses the document the `where` finds, so that seeding twice creates nothing new. */
const findOrCreate = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
  file?: { data: Buffer; mimetype: string; name: string },
): Promise<Id> => {
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, draft: true })
  if (existing.docs[0]) return existing.docs[0].id
  const created = await payload.create({
    collection,
    data,
    depth: 0,
    file: file && { ...file, size: file.data.length },
  })
  return created.id
}

const bySlug = (name: string): Where => ({ slug: { equals: slugify(name) } })

const nonEmptyLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

const CREDIT_SUFFIX = /\s*Ảnh:\s*[^.]+\.?$/u

const seedUnits = async (payload: Payload): Promise<Record<UnitKey, Id>> => {
  const ids = {} as Record<UnitKey, Id>
  for (const [key, unit] of Object.entries(sampleUnits) as [
    UnitKey,
    (typeof sampleUnits)[UnitKey],
  ][]) {
    ids[key] = await findOrCreate(payload, 'units', bySlug(unit.name), {
      ...unit,
      parent: unit.parent && ids[unit.parent],
      successor: unit.successor && ids[unit.successor],
    })
  }
  return ids
}

const seedOfficials = async (
  payload: Payload,
  units: Record<UnitKey, Id>,
): Promise<Record<OfficialKey, Id>> => {
  const ids = {} as Record<OfficialKey, Id>
  for (const [key, official] of Object.entries(sampleOfficials) as [
    OfficialKey,
    (typeof sampleOfficials)[OfficialKey],
  ][]) {
    ids[key] = await findOrCreate(payload, 'officials', bySlug(official.fullName), {
      fullName: official.fullName,
      positions: official.positions.map((position) => ({
        ...position,
        unit: units[position.unit],
      })),
    })
  }
  return ids
}

const onSite = (where: Where, site: Id): Where => ({ and: [where, { site: { equals: site } }] })

const seedSites = async (payload: Payload): Promise<Record<SiteKey, Id>> => {
  const ids = {} as Record<SiteKey, Id>
  for (const [key, site] of Object.entries(sampleSites) as [
    SiteKey,
    (typeof sampleSites)[SiteKey],
  ][]) {
    const data = {
      name: site.name,
      slug: slugify(site.name),
      hosts: site.hosts.map((host) => ({ host })),
      parent: site.parent && ids[site.parent],
      // The province publishes the sample English section (sampleEnglish.ts).
      languages: site.parent ? ['vi' as const] : ['vi' as const, 'en' as const],
      settings: site.settings,
    }
    // The province is the installation's first site (made at start), not a second root.
    const installation = site.parent ? undefined : await findInstallationSite(payload)
    ids[key] = installation
      ? (await payload.update({ collection: 'sites', id: installation, data, depth: 0 })).id
      : await findOrCreate(payload, 'sites', bySlug(site.name), data)
  }
  return ids
}

/** Each portal keeps its own categories: the same names (and slugs) on both. */
const seedCategories = async (payload: Payload, site: Id): Promise<Record<CategoryKey, Id>> => {
  const ids = {} as Record<CategoryKey, Id>
  for (const [key, category] of Object.entries(sampleCategories) as [
    CategoryKey,
    (typeof sampleCategories)[CategoryKey],
  ][]) {
    ids[key] = await findOrCreate(payload, 'categories', onSite(bySlug(category.name), site), {
      name: category.name,
      parent: category.parent && ids[category.parent],
      site,
    })
  }
  return ids
}

const seedReporters = async (
  payload: Payload,
  sites: Record<SiteKey, Id>,
): Promise<Record<ReporterKey, Id>> => {
  const ids = {} as Record<ReporterKey, Id>
  for (const [key, reporter] of Object.entries(sampleReporters) as [
    ReporterKey,
    (typeof sampleReporters)[ReporterKey],
  ][]) {
    ids[key] = await findOrCreate(
      payload,
      'users',
      { email: { equals: reporter.email } },
      {
        fullName: reporter.fullName,
        email: reporter.email,
        penName: reporter.fullName,
        // A reporter of their own portal, not of every portal.
        roles: [],
        sites: [{ site: sites[reporter.site], roles: ['reporter'] }],
        // Nobody knows this password: the account is there for attribution until its owner resets it.
        password: randomBytes(24).toString('base64url'),
      },
    )
  }
  return ids
}

const seedContributors = async (payload: Payload): Promise<Record<ContributorKey, Id>> => {
  const ids = {} as Record<ContributorKey, Id>
  for (const [key, contributor] of Object.entries(sampleContributors) as [
    ContributorKey,
    (typeof sampleContributors)[ContributorKey],
  ][]) {
    ids[key] = await findOrCreate(
      payload,
      'contributors',
      { penName: { equals: contributor.penName } },
      contributor,
    )
  }
  return ids
}

const seedTwoSiteEditor = async (payload: Payload, sites: Record<SiteKey, Id>) =>
  findOrCreate(
    payload,
    'users',
    { email: { equals: sampleTwoSiteEditor.email } },
    {
      fullName: sampleTwoSiteEditor.fullName,
      email: sampleTwoSiteEditor.email,
      roles: [],
      sites: sampleTwoSiteEditor.sites.map(({ site, roles }) => ({
        site: sites[site],
        roles: [...roles],
      })),
      password: randomBytes(24).toString('base64url'),
    },
  )

type Refs = {
  contributors: Record<ContributorKey, Id>
  units: Record<UnitKey, Id>
  officials: Record<OfficialKey, Id>
  sites: Record<SiteKey, Id>
  categories: Record<SiteKey, Record<CategoryKey, Id>>
  reporters: Record<ReporterKey, Id>
}

const seedArticle = async (payload: Payload, article: SampleArticle, refs: Refs, index: number) => {
  const site = refs.sites[article.site]
  const text = readFileSync(path.join(fixturesDir, article.fixture), 'utf8')
  const lines = nonEmptyLines(text)
  const { lines: roles } = article
  const title = lines[roles.title]
  const fixtureStem = article.fixture.slice(0, 3)
  const skipped = new Set(
    [
      roles.title,
      roles.lead,
      roles.publishLine,
      roles.viewsLine,
      roles.audioLine,
      roles.byline,
      ...(roles.leftovers ?? []),
    ].filter((line) => line !== undefined),
  )

  const body: BodyBlock[] = []
  for (const [lineNumber, text] of lines.entries()) {
    if (skipped.has(lineNumber)) continue
    const caption = roles.captions?.[lineNumber]
    if (!caption) {
      body.push({ kind: 'paragraph', text })
      continue
    }
    const captionText = text.replace(CREDIT_SUFFIX, '')
    const media = await findOrCreate(
      payload,
      'media',
      { filename: { equals: `mau-${fixtureStem}-${lineNumber}.jpg` } },
      {
        alt: captionText,
        caption: captionText,
        site,
        creditPerson: caption.creditedTo && {
          relationTo: 'contributors',
          value: refs.contributors[caption.creditedTo],
        },
      },
      {
        data: await placeholderPhoto((index * 67 + lineNumber * 23) % 360),
        mimetype: 'image/jpeg',
        name: `mau-${fixtureStem}-${lineNumber}.jpg`,
      },
    )
    const credit = caption.creditedTo && sampleContributors[caption.creditedTo].penName
    body.push({ kind: 'media', media, caption: captionText, credit })
  }

  const audio =
    article.audioFile &&
    (await findOrCreate(
      payload,
      'media',
      { filename: { equals: article.audioFile } },
      { alt: `Audio: ${title}`, site },
      { data: silentMp3(3), mimetype: 'audio/mpeg', name: article.audioFile },
    ))

  const { meeting } = article
  const meetingId = await findOrCreate(payload, 'meetings', bySlug(meeting.title), {
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt && new Date(meeting.startsAt).toISOString(),
    partOfDay: meeting.partOfDay,
    hostUnits: meeting.hostUnits.map((key) => refs.units[key]),
    chair: refs.officials[meeting.chair],
    chairTitle: meeting.chairTitle,
    attendingOfficials: meeting.attendingOfficials?.map((key) => refs.officials[key]),
    attendingUnits: meeting.attendingUnits?.map((key) => refs.units[key]),
    conclusions: meeting.conclusionLines
      ? lexicalDocument(
          meeting.conclusionLines.map((line) => ({ kind: 'paragraph', text: lines[line] })),
        )
      : undefined,
  })

  const firstPhoto = body.find((block) => block.kind === 'media')
  const articleId = await findOrCreate(payload, 'articles', onSite(bySlug(title), site), {
    title,
    site,
    lead: lines[roles.lead],
    body: lexicalDocument(body),
    featuredImage: firstPhoto?.kind === 'media' ? firstPhoto.media : undefined,
    audio: audio || undefined,
    category: refs.categories[article.site][article.category],
    meeting: meetingId,
    officials: article.officials.map((key) => refs.officials[key]),
    units: article.units.map((key) => refs.units[key]),
    publishedAt: article.publishedAt && new Date(article.publishedAt).toISOString(),
    views: article.views ?? 0,
    // The key `npm run import` gives the same text: importing a sample file finds this article.
    importKey: importKeyOf(parseArticle(text, { fileName: article.fixture })),
    createdBy: article.reporter && refs.reporters[article.reporter],
    byline: article.reporter
      ? [{ person: { relationTo: 'users', value: refs.reporters[article.reporter] }, role: 'text' }]
      : [],
  })
  const { workflowStage } = await payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
  })
  if (workflowStage !== 'published') {
    // Archive articles were published on the old site: they arrive published, recorded as an import.
    await transition({
      payload,
      collection: 'articles',
      id: articleId,
      to: 'published',
      user: null,
      systemActor: 'import',
    })
  }
}

/**
 * Loads the sample newsroom: the provincial and the city portal of Bắc Kạn, each with its
 * categories, and the five articles of fixtures/ on the portal each came from, with their
 * meetings, officials and units (shared by both portals), reporters (bylines, each on their
 * portal), photographer (credits) and an editor with roles on both; all published, and an admin
 * when there is no account yet.
 * Safe to run again: it reuses what exists.
 */
export const seed = async (payload: Payload): Promise<void> => {
  await ensureAdmin(payload)
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.name)
    await payload.updateGlobal({ slug: 'site-settings', data: sampleSiteSettings })
  const units = await seedUnits(payload)
  const sites = await seedSites(payload)
  const refs: Refs = {
    contributors: await seedContributors(payload),
    units,
    officials: await seedOfficials(payload, units),
    sites,
    categories: {
      tinh: await seedCategories(payload, sites.tinh),
      thanhPho: await seedCategories(payload, sites.thanhPho),
    },
    reporters: await seedReporters(payload, sites),
  }
  await seedTwoSiteEditor(payload, sites)
  for (const [index, article] of sampleArticles.entries()) {
    await seedArticle(payload, article, refs, index)
  }
  await seedRepublication(payload)
  await seedEnglish(payload)
}
