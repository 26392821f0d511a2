import { getTenantFromCookie, getUserTenantIDs } from '@payloadcms/plugin-multi-tenant/utilities'
import type { DefaultValue, PayloadRequest } from 'payload'

import { slugs } from '@collections/slugs'

/** The installation's first site, made on first need so that a one-site installation just works. */
export const installationSite = async (req: PayloadRequest): Promise<number | string> => {
  const { docs } = await req.payload.find({
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
  if (docs[0]) return docs[0].id
  const site = await req.payload.create({
    collection: slugs.sites,
    data: { name: 'Cổng thông tin điện tử', languages: ['vi'] },
    overrideAccess: true,
    req,
  })
  return site.id
}

/**
 * The site of a document written without one: the site chosen in the admin's site switcher,
 * else the writer's only site, else the installation's first site.
 */
export const defaultSiteForNewDocument: DefaultValue = async ({ req }) => {
  const request = req as PayloadRequest
  const fromSwitcher = getTenantFromCookie(request.headers, request.payload.db.defaultIDType)
  if (fromSwitcher) return fromSwitcher
  const userSites = getUserTenantIDs(request.user, {
    tenantsArrayFieldName: 'sites',
    tenantsArrayTenantFieldName: 'site',
  })
  if (userSites.length === 1) return userSites[0]
  return installationSite(request)
}
