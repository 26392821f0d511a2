/** The portals every file of the suite attacks, one vitest project each (vitest.config.ts). */
export const securitySites = ['root', 'city'] as const
export type SecuritySiteName = (typeof securitySites)[number]
