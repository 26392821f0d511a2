import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import type { PayloadRequest } from 'payload'

import { editorRoles, hasRole } from '../access/roles'
import { rolesOnSite, sitesWithRole } from '../access/siteRoles'
import { idOf } from '../lib/idOf'
import { refuse } from '../lib/refuse'
import { installationSite } from '../sites/installationSite'

/**
 * The site an import from the admin writes to: the one the request names (`site` in the body),
 * else the one chosen in the admin's site switcher, else the one site where the importer is an
 * editor (or, for editors of every site, the installation's first site). The importer must be an
 * editor there: a site's editor imports into their own site only.
 */
export const importSiteOf = async (
  req: PayloadRequest,
  named: unknown,
): Promise<string | number> => {
  const chosen =
    idOf(named) ?? getTenantFromCookie(req.headers, req.payload.db.defaultIDType) ?? undefined
  const ownSites = sitesWithRole(req.user, editorRoles)
  const site =
    chosen ??
    (hasRole(req.user, editorRoles)
      ? await installationSite(req)
      : ownSites.length === 1
        ? ownSites[0]
        : refuse(
            'Chọn cổng thông tin nhận bài ở bộ chọn cổng (choose the site to import into).',
            400,
          ))
  if (!rolesOnSite(req.user, site).some((role) => editorRoles.includes(role))) {
    refuse(
      'Chỉ biên tập viên của cổng này được nhập bài cũ vào cổng (editors of this site only).',
      403,
    )
  }
  return site
}
