import type { Payload } from 'payload'

import { slugs } from '@collections/slugs'

import { sampleSiteSettings } from './sampleContent'

/**
 * The installation's root site, named and printed as the sample portal (what its header, footer,
 * feeds and JSON-LD publisher show): made when missing, filled in when it still has no settings.
 */
export const seedRootSite = async (payload: Payload): Promise<void> => {
  const { name, ...settings } = sampleSiteSettings
  const { docs } = await payload.find({
    collection: slugs.sites,
    where: { parent: { exists: false } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  const root = docs[0]
  if (!root) {
    await payload.create({
      collection: slugs.sites,
      data: { name, languages: ['vi'], settings },
    })
    return
  }
  if (root.settings?.address || root.settings?.footerText) return
  await payload.update({
    collection: slugs.sites,
    id: root.id,
    data: { name, settings: { ...root.settings, ...settings } },
  })
}
