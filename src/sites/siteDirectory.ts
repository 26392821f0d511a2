import type { Payload } from 'payload'

import type { Site } from '@/payload-types'
import { slugs } from '@collections/slugs'
import { GENERATION_GLOBAL } from '@plugins/readCache/globals/generationGlobal'

import { normalizeHost } from './requestedHost'

/** What the read side needs of every site: who it is, the hosts it answers on, its parent. */
export type SiteEntry = Pick<Site, 'id' | 'name' | 'slug' | 'languages' | 'settings'> & {
  hosts: string[]
  parent: string | null
}

export type SiteDirectory = {
  byHost: Map<string, SiteEntry>
  bySlug: Map<string, SiteEntry>
  byId: Map<string, SiteEntry>
  /** The installation's first root site (oldest first): the site of a host no site names. */
  root: SiteEntry | undefined
}

type Cached = { directory: SiteDirectory; stamp: string | undefined; loadedAt: number }

/** Without the read cache's stamp (cache off) another instance's site change shows after this. */
const UNSTAMPED_LIFETIME_MS = 5_000

/**
 * One directory per Payload instance, on `globalThis`: Next may load the routes and the config as
 * separate module instances, and they must share it.
 */
const cache = (): WeakMap<Payload, Cached> => {
  const key = Symbol.for('toasoan.sites.directory')
  const holder = globalThis as { [key]?: WeakMap<Payload, Cached> }
  holder[key] ??= new WeakMap()
  return holder[key]
}

const idOf = (value: Site['parent']): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

const load = async (payload: Payload): Promise<SiteDirectory> => {
  const { docs } = await payload.find({
    collection: slugs.sites,
    pagination: false,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  const entries: SiteEntry[] = docs.map((site) => ({
    id: site.id,
    name: site.name,
    slug: site.slug,
    languages: site.languages,
    settings: site.settings,
    hosts: (site.hosts ?? []).map(({ host }) => normalizeHost(host)),
    parent: idOf(site.parent),
  }))
  return {
    byHost: new Map(entries.flatMap((site) => site.hosts.map((host) => [host, site] as const))),
    bySlug: new Map(entries.flatMap((site) => (site.slug ? [[site.slug, site] as const] : []))),
    byId: new Map(entries.map((site) => [site.id, site])),
    root: entries.find((site) => site.parent === null),
  }
}

/**
 * The read cache's stamp, which every write to the sites collection changes (plugins/index.ts
 * names it among the read cache's collections): how an instance learns that another one changed
 * a site. `undefined` when the read cache is off.
 */
const currentStamp = async (payload: Payload): Promise<string | undefined> => {
  if (!payload.config.globals.some((global) => global.slug === GENERATION_GLOBAL)) return undefined
  const { stamp } = (await payload.findGlobal({
    slug: GENERATION_GLOBAL,
    depth: 0,
    overrideAccess: true,
  })) as { stamp?: string | null }
  return stamp ?? ''
}

/**
 * Every site, by host, slug and id. Sites change rarely: the directory is read once and kept
 * until the sites change (in this process at once, in the others through the read cache's stamp).
 */
export const siteDirectory = async (payload: Payload): Promise<SiteDirectory> => {
  const stamp = await currentStamp(payload)
  const cached = cache().get(payload)
  const isFresh =
    cached &&
    cached.stamp === stamp &&
    (stamp !== undefined || Date.now() - cached.loadedAt < UNSTAMPED_LIFETIME_MS)
  if (isFresh) return cached.directory
  const directory = await load(payload)
  cache().set(payload, { directory, stamp, loadedAt: Date.now() })
  return directory
}

/** Forgets this process's directory: a site was written. */
export const forgetSiteDirectory = (payload: Payload): void => {
  cache().delete(payload)
}

/** The site naming the host, else the installation's root site (localhost, a one-site setup). */
export const siteOnHost = (directory: SiteDirectory, host: string | undefined) =>
  (host && directory.byHost.get(normalizeHost(host))) || directory.root

/** A site and every site below it (its units' portals, theirs…), for "Tin từ các đơn vị". */
export const siteWithDescendants = (directory: SiteDirectory, siteId: string): string[] => {
  const ids = [siteId]
  for (let index = 0; index < ids.length; index++) {
    for (const site of directory.byId.values()) {
      if (site.parent === ids[index] && !ids.includes(site.id)) ids.push(site.id)
    }
  }
  return ids
}

/** A site and the sites above it, nearest first: whose media library its articles may use. */
export const siteWithAncestors = (directory: SiteDirectory, siteId: string): string[] => {
  const ids = [siteId]
  let parent = directory.byId.get(siteId)?.parent ?? null
  while (parent && !ids.includes(parent)) {
    ids.push(parent)
    parent = directory.byId.get(parent)?.parent ?? null
  }
  return ids
}
