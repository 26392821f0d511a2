import type { Payload } from 'payload'

export type SiteBranding = {
  /** The newsroom's name, "Tòa soạn" until the site settings give one. */
  name: string
  logoUrl?: string
  iconUrl?: string
}

const SITE_SETTINGS = 'site-settings'
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

/**
 * The portal's name, logo and icon from the `site-settings` global, read defensively: the global
 * may not exist in this config (the portal adds it), may be empty, or may name its fields
 * differently; whatever is missing falls back to toasoan's own mark.
 */
export const siteBranding = async (payload: Payload): Promise<SiteBranding> => {
  if (!payload.config.globals.some((global) => global.slug === SITE_SETTINGS)) {
    return { name: FALLBACK_NAME }
  }
  try {
    const settings = (await payload.findGlobal({
      slug: SITE_SETTINGS as never,
      depth: 1,
      overrideAccess: true,
    })) as Record<string, unknown>
    return {
      name: text(settings.name) ?? text(settings.siteName) ?? text(settings.title) ?? FALLBACK_NAME,
      logoUrl: uploadUrl(settings.logo),
      iconUrl: uploadUrl(settings.icon) ?? uploadUrl(settings.favicon) ?? uploadUrl(settings.logo),
    }
  } catch (error) {
    payload.logger.warn(`site settings unreadable, using toasoan's mark: ${String(error)}`)
    return { name: FALLBACK_NAME }
  }
}
