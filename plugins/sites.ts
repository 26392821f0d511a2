import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'

import { hasRole, roleLabels, roles, siteRoles } from '@/access/roles'
import type { Config } from '@/payload-types'
import { defaultSiteForNewDocument } from '@/sites/defaultSiteForNewDocument'
import { slugs } from '@collections/slugs'

/**
 * Many portals in one installation (README, "Sites"), through Payload's official multi-tenant
 * plugin: articles, categories and media belong to one site; a user holds roles per site in
 * `sites[]`, or on every site in `roles`. Officials,
 * units, meetings and contributors stay shared.
 */
export const sitesPlugin = multiTenantPlugin<Config>({
  tenantsSlug: slugs.sites,
  tenantField: {
    name: 'site',
    label: { vi: 'Cổng thông tin', en: 'Site' },
    // A document written without a site goes to the writer's site, or the installation's
    // first site: a one-site installation never has to name it.
    defaultValue: defaultSiteForNewDocument,
  },
  tenantsArrayField: {
    arrayFieldName: 'sites',
    arrayTenantFieldName: 'site',
    rowFields: [
      {
        name: 'roles',
        type: 'select',
        label: { vi: 'Vai trò ở cổng này', en: 'Roles on this site' },
        hasMany: true,
        required: true,
        options: siteRoles.map((role) => ({ value: role, label: roleLabels[role] })),
      },
    ],
  },
  collections: {
    [slugs.articles]: {},
    [slugs.categories]: {},
    [slugs.media]: {},
  },
  // `roles` holds a user's roles on every site of the installation (`admin` among them);
  // `sites[].roles` those on one site only.
  userHasAccessToAllTenants: (user) => hasRole(user, roles),
  // Sites are public reference data (what the portal prints): reading them is not limited to
  // the user's own sites.
  useTenantsCollectionAccess: false,
})
