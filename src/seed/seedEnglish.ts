import type { Payload, Where } from 'payload'

import { transition } from '@plugins/newsroom'

import { sampleCategories, sampleOfficials, sampleSiteSettings, sampleUnits } from './sampleContent'
import {
  englishCategoryNames,
  englishPositionTitles,
  englishSampleArticle,
  englishSiteSettings,
  englishUnits,
  sampleTranslator,
} from './sampleEnglish'
import { lexicalDocument, type BodyBlock } from '../lib/lexicalDocument'
import { slugify } from '../lib/slugify'

const bySlug = (name: string): Where => ({ slug: { equals: slugify(name) } })

/** The id of the one document `where` finds in Vietnamese, drafts included. */
const idOf = async (
  payload: Payload,
  collection: 'articles' | 'categories' | 'units' | 'officials' | 'media' | 'contributors',
  where: Where,
) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, draft: true })).docs[0]?.id as
    string | undefined

const translateReferenceData = async (payload: Payload) => {
  // Each portal has its own copy of the sample categories (found by their Vietnamese slug):
  // every copy is named in English.
  for (const [key, name] of Object.entries(englishCategoryNames)) {
    const { docs } = await payload.find({
      collection: 'categories',
      where: bySlug(sampleCategories[key as 'tinTuc'].name),
      locale: 'vi',
      depth: 0,
      select: {},
    })
    for (const { id } of docs) {
      await payload.update({ collection: 'categories', id, locale: 'en', data: { name } })
    }
  }
  for (const [key, english] of Object.entries(englishUnits)) {
    const id = await idOf(payload, 'units', bySlug(sampleUnits[key as 'tinhUy'].name))
    if (id) await payload.update({ collection: 'units', id, locale: 'en', data: english })
  }
  for (const [key, titles] of Object.entries(englishPositionTitles)) {
    const fullName = sampleOfficials[key as 'duongHuuBuong'].fullName
    const id = await idOf(payload, 'officials', bySlug(fullName))
    if (!id) continue
    const official = await payload.findByID({ collection: 'officials', id, depth: 0 })
    await payload.update({
      collection: 'officials',
      id,
      locale: 'en',
      data: {
        positions: (official.positions ?? []).map((position, index) => ({
          ...position,
          title: titles[index] ?? position.title,
        })),
      },
    })
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (settings.name === sampleSiteSettings.name) {
    await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: englishSiteSettings })
  }
  // The sites made from the sample settings (one per installation until sites have their own).
  const { docs: sites } = await payload.find({
    collection: 'sites',
    where: { name: { equals: sampleSiteSettings.name } },
    depth: 0,
    limit: 10,
    // Its own settings, not those it inherits: they are written back as its own.
    fallbackLocale: false,
  })
  for (const site of sites) {
    await payload.update({
      collection: 'sites',
      id: site.id,
      locale: 'en',
      data: {
        name: englishSiteSettings.name,
        settings: {
          ...site.settings,
          address: englishSiteSettings.address,
          responsibleAgency: englishSiteSettings.responsibleAgency,
          footerText: englishSiteSettings.footerText,
        },
      },
    })
  }
}

/**
 * The English version of one sample article, written by the English desk and taken through the
 * whole workflow as its own article (submitted, edited, approved, published by the admin), with
 * its photos' English alt text and captions.
 */
const seedEnglishArticle = async (payload: Payload) => {
  const article = englishSampleArticle
  if (await idOf(payload, 'articles', bySlug(article.title))) return
  const original = (
    await payload.find({
      collection: 'articles',
      // The original itself, not another site's republication of it.
      where: { and: [bySlug(article.original), { 'republication.source': { exists: false } }] },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  const admin = (
    await payload.find({
      collection: 'users',
      where: { roles: { contains: 'admin' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]
  if (!original || !admin) return

  const body: BodyBlock[] = []
  for (const [index, text] of article.paragraphs.entries()) {
    body.push({ kind: 'paragraph', text })
    for (const photo of article.photos.filter((candidate) => candidate.afterParagraph === index)) {
      const media = await idOf(payload, 'media', { filename: { equals: photo.file } })
      if (!media) continue
      await payload.update({
        collection: 'media',
        id: media,
        locale: 'en',
        data: { alt: photo.caption, caption: photo.caption },
      })
      const { credit } = await payload.findByID({ collection: 'media', id: media, depth: 0 })
      body.push({ kind: 'media', media, caption: photo.caption, credit: credit ?? undefined })
    }
  }
  const translator =
    (await idOf(payload, 'contributors', { penName: { equals: sampleTranslator.penName } })) ??
    (await payload.create({ collection: 'contributors', data: sampleTranslator })).id

  const user = { ...admin, collection: 'users' as const }
  const { id } = await payload.create({
    collection: 'articles',
    data: {
      title: article.title,
      lead: article.lead,
      body: lexicalDocument(body),
      language: 'en',
      translationOf: original.id,
      site: original.site,
      featuredImage: original.featuredImage,
      audio: original.audio,
      category: original.category,
      meeting: original.meeting,
      officials: original.officials,
      units: original.units,
      // The same moment as the original: the English desk publishes it alongside.
      publishedAt: original.publishedAt,
      byline: [
        ...(original.byline ?? []).map(({ person, role }) => ({ person, role })),
        { person: { relationTo: 'contributors', value: translator }, role: 'translation' },
      ],
    },
    user,
    depth: 0,
  })
  for (const to of ['submitted', 'edited', 'approved', 'published']) {
    await transition({ payload, collection: 'articles', id, to, user })
  }
}

/** The sample newsroom's English section (sampleEnglish.ts), added to what seed() loaded. */
export const seedEnglish = async (payload: Payload): Promise<void> => {
  await translateReferenceData(payload)
  await seedEnglishArticle(payload)
}
