/** The role names a user holds in one field (a hasMany select or an array of strings). */
export const rolesInField = (user: unknown, field: string): string[] => {
  const roles = (user as Record<string, unknown> | null | undefined)?.[field]
  return Array.isArray(roles)
    ? roles.filter((role): role is string => typeof role === 'string')
    : []
}
