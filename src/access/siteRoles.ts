import type { Access, Where } from 'payload'

import { idOf as relationId } from '../lib/idOf'
import type { User } from '../payload-types'
import { roles as allRoles, type Role } from './roles'

type SiteRow = NonNullable<User['sites']>[number]
type RoleHolder = Partial<Pick<User, 'roles' | 'sites'>> | null | undefined

const idOf = (value: unknown): string | undefined => {
  const id = relationId(value)
  return id === undefined ? undefined : String(id)
}

const isRole = (role: unknown): role is Role => allRoles.includes(role as Role)

/** The roles a user holds on every site of the installation (`roles`). */
export const globalRoles = (user: unknown): Role[] => {
  const held = (user as RoleHolder)?.roles
  return Array.isArray(held) ? held.filter(isRole) : []
}

const siteRows = (user: unknown): SiteRow[] => {
  const rows = (user as RoleHolder)?.sites
  return Array.isArray(rows) ? rows : []
}

/** A user's roles on one site: those on every site and those of its row in `sites[]`. */
export const rolesOnSite = (user: unknown, site: unknown): Role[] => {
  const siteId = idOf(site)
  const onSite = siteRows(user)
    .filter((row) => siteId !== undefined && idOf(row.site) === siteId)
    .flatMap((row) => row.roles ?? [])
  return [...new Set([...globalRoles(user), ...onSite.filter(isRole)])]
}

/** Every role a user holds anywhere: on every site, or on one. */
export const rolesAnywhere = (user: unknown): Role[] => [
  ...new Set([...globalRoles(user), ...siteRows(user).flatMap((row) => row.roles ?? [])]),
]

/** Whether the user holds one of these roles on some site (or on all). */
export const hasRoleAnywhere = (user: unknown, wanted: readonly Role[]): boolean =>
  rolesAnywhere(user).some((role) => wanted.includes(role))

/** The sites on whose row in `sites[]` the user holds one of these roles. */
export const sitesWithRole = (user: unknown, wanted: readonly Role[]): string[] => [
  ...new Set(
    siteRows(user)
      .filter((row) => (row.roles ?? []).some((role) => wanted.includes(role)))
      .map((row) => idOf(row.site))
      .filter((id): id is string => Boolean(id)),
  ),
]

/**
 * The documents of a site-scoped collection (a `site` field) on which the user holds one of
 * these roles: all of them for a role on every site, those of the sites where they hold it, or
 * none.
 */
export const whereSiteRole = (user: unknown, wanted: readonly Role[]): Where | boolean => {
  if (globalRoles(user).some((role) => wanted.includes(role))) return true
  const sites = sitesWithRole(user, wanted)
  return sites.length ? { site: { in: sites } } : false
}

/** Collection access for a site-scoped collection: these roles, on the document's site. */
export const siteRoleAccess =
  (wanted: readonly Role[]): Access =>
  ({ req }) =>
    whereSiteRole(req.user, wanted)

/**
 * A user's roles as the newsroom plugin's `roleScopes`: those on every site, then each site's
 * row on that site's documents.
 */
export const siteRoleScopes = (user: unknown): { roles: string[]; where?: Where }[] => [
  { roles: globalRoles(user) },
  ...siteRows(user).flatMap((row) => {
    const site = idOf(row.site)
    return site ? [{ roles: row.roles ?? [], where: { site: { equals: site } } }] : []
  }),
]
