import type { User } from '../payload-types'

/** Newsroom roles, most powerful first. */
export const roles = [
  'admin',
  'siteAdmin',
  'editorInChief',
  'editor',
  'reporter',
  'contributor',
] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  siteAdmin: { vi: 'Quản trị cổng', en: 'Site administrator' },
  editorInChief: { vi: 'Tổng biên tập', en: 'Editor-in-chief' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
  contributor: { vi: 'Cộng tác viên', en: 'Contributor' },
}

/** Roles held on one site (users' `sites[].roles`); `admin` is the installation's alone. */
export const siteRoles = roles.filter((role) => role !== 'admin')

/** Roles that may edit any article and manage shared records such as categories. */
export const editorRoles: Role[] = ['admin', 'editorInChief', 'editor']

/**
 * Whether the user holds one of these roles on every site (the `roles` field). Only logged-in
 * users of the users collection carry roles; API keys of other collections do not. Roles held on
 * one site only: `src/access/siteRoles.ts`.
 */
export const hasRole = (user: unknown, wanted: readonly Role[]): boolean => {
  const userRoles = (user as Pick<User, 'roles'> | null | undefined)?.roles
  return Array.isArray(userRoles) && userRoles.some((role) => wanted.includes(role))
}
