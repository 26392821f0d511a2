import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'
import type { DefaultValue, PayloadRequest } from 'payload'

import { installationSite } from './installationSite'

/**
 * The site of a document written without one: the site chosen in the admin's site switcher,
 * else the writer's (first) site, else the installation's first site: always one the writer
 * may write to.
 */
export const defaultSiteForNewDocument: DefaultValue = async ({ req }) => {
  const request = req as PayloadRequest
  const fromSwitcher = getTenantFromCookie(request.headers, request.payload.db.defaultIDType)
  if (fromSwitcher) return fromSwitcher
  const userSites = getUserTenantIDs(request.user, {
    tenantsArrayFieldName: 'sites',
    tenantsArrayTenantFieldName: 'site',
  })
  if (userSites.length > 0) return userSites[0]
  return installationSite(request)
}
