import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { CollectionSlug, Config, Field, Plugin } from 'payload'

import { hasRole, roleLabels, roles, siteRoles } from '@/access/roles'
import { hasRoleAnywhere } from '@/access/siteRoles'
import type { Config as AppConfig } from '@/payload-types'
import { defaultSiteForNewDocument } from '@/sites/defaultSiteForNewDocument'
import { EDITORIAL_COMMENTS } from '@collections/EditorialComments/slug'
import { slugs } from '@collections/slugs'

/** Collections the newsroom plugin adds; each of them belongs to one site like its articles. */
const newsroomSiteCollections = [
  'workflow-events',
  'royalty-lines',
  'royalty-periods',
] as CollectionSlug[]

const PLUGIN_SWITCHER = '@payloadcms/plugin-multi-tenant/rsc#TenantSelector'
const SITE_SWITCHER = '/components/SiteSwitcher#SiteSwitcher'

/**
 * The plugin's switcher shows Payload's "select a value" while no site is chosen; ours, the same
 * selection, says "Tất cả cổng" (src/components/SiteSwitcher).
 */
const withSiteSwitcher = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeNav: (config.admin?.components?.beforeNav ?? []).map((component) =>
        typeof component === 'object' && component.path === PLUGIN_SWITCHER
          ? { ...component, path: SITE_SWITCHER }
          : component,
      ),
    },
  },
})

const SITE_LABEL = { vi: 'Cổng thông tin', en: 'Site' }

/** A user's `sites[]` row names its site by the relationship's label. */
const labelSiteRow = (field: Field): Field =>
  'name' in field && field.name === 'site' ? { ...field, label: SITE_LABEL } : field

/**
 * The plugin's `sites[]` field on users has no labels: the admin printed "Sites", "Site 01" and
 * "Thêm: Site" in the Vietnamese user form.
 */
const withSiteRowLabels = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === slugs.users
      ? {
          ...collection,
          fields: collection.fields.map((field) =>
            field.type === 'array' && field.name === 'sites'
              ? {
                  ...field,
                  label: { vi: 'Vai trò ở từng cổng', en: 'Roles per site' },
                  labels: { singular: SITE_LABEL, plural: { vi: 'Các cổng', en: 'Sites' } },
                  fields: field.fields.map(labelSiteRow),
                }
              : field,
          ),
        }
      : collection,
  ),
})

/**
 * Many portals in one installation (README, "Sites"), through Payload's official multi-tenant
 * plugin: articles, categories, media, their history, editorial comments, royalty lines and
 * closed months belong to one site; a user holds roles per site in `sites[]`, or on every site
 * in `roles`. Officials, units, meetings and contributors stay shared. Applied after the
 * newsroom plugin, whose collections it must see.
 */
const multiTenant = multiTenantPlugin<AppConfig>({
  tenantsSlug: slugs.sites,
  tenantField: {
    name: 'site',
    label: SITE_LABEL,
    // A document written without a site goes to the writer's site, or the installation's
    // first site: a one-site installation never has to name it.
    defaultValue: defaultSiteForNewDocument,
  },
  tenantsArrayField: {
    arrayFieldName: 'sites',
    arrayTenantFieldName: 'site',
    // A site's admin gives roles on their own site (collections/Users/hooks/guardSiteRows.ts
    // refuses rows of other sites); the installation's admin on every site.
    arrayFieldAccess: {
      create: ({ req }) => hasRoleAnywhere(req.user, ['admin', 'siteAdmin']),
      update: ({ req }) => hasRoleAnywhere(req.user, ['admin', 'siteAdmin']),
    },
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
    // Not filtered by the switcher's site: the admin names other sites' categories too (a
    // meeting's articles come from every portal), found through this filter otherwise never.
    // Staff still read only their own sites' categories, and an article's category is one of its
    // own site's (collections/Articles).
    [slugs.categories]: { useBaseFilter: false },
    // Media are public (the portal prints them): staff read every site's library, so that an
    // article can use its parent site's photos (src/sites/mediaOfSiteOrParents.ts); writes stay
    // on their own sites.
    [slugs.media]: {
      accessResultOverride: ({ accessKey, accessResult }) =>
        accessKey === 'read' ? true : accessResult,
    },
    [EDITORIAL_COMMENTS]: {},
    ...Object.fromEntries(newsroomSiteCollections.map((slug) => [slug, {}])),
  },
  // `roles` holds a user's roles on every site of the installation (`admin` among them);
  // `sites[].roles` those on one site only.
  userHasAccessToAllTenants: (user) => hasRole(user, roles),
  // Sites are public reference data (what the portal prints): reading them is not limited to
  // the user's own sites.
  useTenantsCollectionAccess: false,
  // Users with roles on every site (`roles`) have no `sites[]` row, and the list of accounts is
  // for every site's staff: not filtered by the site chosen in the switcher.
  useUsersTenantFilter: false,
  i18n: {
    translations: {
      vi: {
        'nav-tenantSelector-label': 'Cổng thông tin',
        'assign-tenant-button-label': 'Chuyển sang cổng khác',
        'assign-tenant-modal-title': 'Chuyển "{{title}}" sang cổng',
        'field-assignedTenant-label': 'Cổng thông tin',
      },
      en: {
        'nav-tenantSelector-label': 'Site',
        'assign-tenant-button-label': 'Move to another site',
        'assign-tenant-modal-title': 'Move "{{title}}" to a site',
        'field-assignedTenant-label': 'Site',
      },
    },
  },
})

export const sitesPlugin: Plugin = async (config) =>
  withSiteRowLabels(withSiteSwitcher(await multiTenant(config)))
