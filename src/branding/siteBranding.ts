import type { Payload } from 'payload'

import { SITE_SETTINGS } from '@collections/SiteSettings/slug'
import { slugs } from '@collections/slugs'

export type SiteBranding = {
  /** The newsroom's name, "Tòa soạn" until the site or the site settings give one. */
  name: string
  logoUrl?: string
  iconUrl?: string
}

const FALLBACK_NAME = 'Tòa soạn'

const uploadUrl = (value: unknown): string | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const { url, sizes } = value as { url?: unknown; sizes?: { thumbnail?: { url?: unknown } } }
  return typeof url === 'string'
    ? url
    : typeof sizes?.thumbnail?.url === 'string'
      ? sizes.thumbnail.url
      : undefined
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/** What the admin shows: the site's name and logo (its own or inherited), or the defaults'. */
const brandingSource = async (
  payload: Payload,
  site: number | string | null | undefined,
): Promise<{ name?: unknown; logo?: unknown } | null> => {
  if (site !== null && site !== undefined) {
    const found = await payload.find({
      collection: slugs.sites,
      where: { id: { equals: site } },
      depth: 1,
      limit: 1,
      overrideAccess: true,
    })
    if (found.docs[0]) return { name: found.docs[0].name, logo: found.docs[0].settings?.logo }
  }
  if (!payload.config.globals.some((global) => global.slug === SITE_SETTINGS)) return null
  return payload.findGlobal({ slug: SITE_SETTINGS, depth: 1, overrideAccess: true })
}

/**
 * The admin's name and logo: those of `site` (the one chosen in the admin's site switcher), with
 * what it leaves empty inherited from its parents, else the installation's defaults in the
 * `site-settings` global; whatever is missing falls back to toasoan's own mark.
 */
export const siteBranding = async (
  payload: Payload,
  site?: number | string | null,
): Promise<SiteBranding> => {
  try {
    const source = await brandingSource(payload, site)
    return {
      name: text(source?.name) ?? FALLBACK_NAME,
      logoUrl: uploadUrl(source?.logo),
      iconUrl: uploadUrl(source?.logo),
    }
  } catch (error) {
    payload.logger.warn(`site settings unreadable, using toasoan's mark: ${String(error)}`)
    return { name: FALLBACK_NAME }
  }
}
