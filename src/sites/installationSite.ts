import type { Payload, PayloadRequest } from 'payload'

import { SITE_SETTINGS } from '@collections/SiteSettings/slug'
import { slugs } from '@collections/slugs'

const INSTALLATION_SITE_SLUG = 'cong-thong-tin-dien-tu'
const INSTALLATION_SITE_NAME = 'Cổng thông tin điện tử'

/** The name the installation's defaults give the portal, if any: the first site's at birth. */
const defaultName = async (payload: Payload): Promise<string> => {
  if (!payload.config.globals.some((global) => global.slug === SITE_SETTINGS)) {
    return INSTALLATION_SITE_NAME
  }
  const { name } = (await payload.findGlobal({ slug: SITE_SETTINGS, depth: 0 })) as {
    name?: string | null
  }
  return name?.trim() || INSTALLATION_SITE_NAME
}

/** The installation's first site (the oldest with no parent), if it has one. */
export const findInstallationSite = async (payload: Payload, req?: PayloadRequest) => {
  const { docs } = await payload.find({
    collection: slugs.sites,
    where: { parent: { exists: false } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  return docs[0]?.id as number | string | undefined
}

/**
 * The installation's first site (the oldest one with no parent), made on first need: a one-site
 * installation never has to make or name it (it takes the site settings' name, and prints
 * their logo, address and footer by inheritance). Two writers at once make one (the fixed slug is
 * unique: the second finds the first's).
 */
export const installationSite = async (req: PayloadRequest): Promise<number | string> => {
  const existing = await findInstallationSite(req.payload, req)
  if (existing !== undefined) return existing
  try {
    // In a request of its own, committed at once, not in the write that needs it: an operation
    // nested in that write's request would take its upload (req.file) from it.
    const site = await req.payload.create({
      collection: slugs.sites,
      data: {
        name: await defaultName(req.payload),
        slug: INSTALLATION_SITE_SLUG,
        languages: ['vi'],
      },
      overrideAccess: true,
    })
    return site.id
  } catch (error) {
    const made = await findInstallationSite(req.payload)
    if (made === undefined) throw error
    return made
  }
}
