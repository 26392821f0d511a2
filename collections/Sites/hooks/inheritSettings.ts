import type { CollectionBeforeReadHook, PayloadRequest } from 'payload'

import { SITE_SETTINGS } from '../../SiteSettings/slug'
import { slugs } from '../../slugs'
import { siteSettingNames } from '../settingsFields'

type Stored = Record<string, unknown>

/** The virtual field naming, on each read, the settings that came from a parent or the global. */
export const INHERITED_SETTINGS = 'inheritedSettings'

/** Empty as a stored value: nothing, '', or a localized value empty in every locale. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.values(value as Stored).every(isEmpty))

const idOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? idOf((value as { id: unknown }).id)
      : null

/** A read that asks for no fallback (Payload's edit view does) sees what is stored. */
const isFallbackOff = (req: PayloadRequest) =>
  req.fallbackLocale === false ||
  (typeof req.fallbackLocale === 'string' && ['false', 'none', 'null'].includes(req.fallbackLocale))

/** Stored sites (all locales), read once per request however many sites the request reads. */
const storedSite = (req: PayloadRequest, id: number | string): Promise<Stored | null> => {
  const cache = (req.context.storedSites ??= new Map()) as Map<string, Promise<Stored | null>>
  const key = String(id)
  if (!cache.has(key)) {
    cache.set(
      key,
      req.payload.db.findOne<Stored & { id: number | string }>({
        collection: slugs.sites,
        where: { id: { equals: id } },
        req,
      }),
    )
  }
  return cache.get(key) as Promise<Stored | null>
}

const storedDefaults = (req: PayloadRequest): Promise<Stored | null> => {
  if (!req.payload.config.globals.some((global) => global.slug === SITE_SETTINGS)) {
    return Promise.resolve(null)
  }
  req.context.storedSiteDefaults ??= req.payload.db.findGlobal({ slug: SITE_SETTINGS, req })
  return req.context.storedSiteDefaults as Promise<Stored | null>
}

/**
 * What a site prints is its own setting, else its parent's (a ward its city's, a city its
 * province's), else the installation's default in the `site-settings` global. Filled in before
 * Payload flattens locales and populates the logo, so an inherited address falls back between
 * languages and an inherited logo is populated like an own one; a setting counts as the site's
 * own when any language has it. `inheritedSettings` names what was filled ("settings.phone"), as
 * `untranslatedFields` names the language fallbacks. A read without fallback (the edit view)
 * gets the stored values, so saving a form never turns an inherited value into an own one.
 */
export const inheritSettings: CollectionBeforeReadHook = async ({ doc, req }) => {
  if (doc.settings === undefined || isFallbackOff(req)) return { ...doc, [INHERITED_SETTINGS]: [] }
  const own = (doc.settings ?? {}) as Stored
  const inherited: Stored = {}
  let pending = siteSettingNames.filter((name) => isEmpty(own[name]))
  const seen = new Set([String(doc.id)])
  let parent =
    doc.parent === undefined ? idOf((await storedSite(req, doc.id))?.parent) : idOf(doc.parent)
  while (pending.length > 0 && parent !== null && !seen.has(String(parent))) {
    seen.add(String(parent))
    const site = await storedSite(req, parent)
    const settings = (site?.settings ?? {}) as Stored
    for (const name of pending) if (!isEmpty(settings[name])) inherited[name] = settings[name]
    pending = pending.filter((name) => !(name in inherited))
    parent = idOf(site?.parent)
  }
  if (pending.length > 0) {
    const defaults = (await storedDefaults(req)) ?? {}
    for (const name of pending) if (!isEmpty(defaults[name])) inherited[name] = defaults[name]
  }
  return {
    ...doc,
    settings: { ...own, ...inherited },
    [INHERITED_SETTINGS]: Object.keys(inherited).map((name) => `settings.${name}`),
  }
}

/** After a site or the defaults change, later reads in the same request see the change. */
export const forgetStoredSettings = ({ req }: { req: PayloadRequest }) => {
  delete req.context.storedSites
  delete req.context.storedSiteDefaults
}
