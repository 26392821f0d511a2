import type { AdminViewServerProps } from 'payload'

import { editorRoles } from '@/access/roles'
import { hasRoleAnywhere } from '@/access/siteRoles'
import type { AppTranslationKey } from '@/translations'

import { AdminViewFrame } from '../AdminViewFrame'
import { ImportClient } from './ImportClient'

/**
 * /admin/nhap-bai-cu: paste a legacy article, check what it was read as, save it as a draft. The
 * import itself is for editors (as its endpoints are).
 */
export const ImportView = (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { admin } = req.payload.config
  const t = (key: AppTranslationKey) => req.i18n.t(key as Parameters<typeof req.i18n.t>[0])
  return (
    <AdminViewFrame
      view={view}
      path={admin.components?.views?.importLegacy?.path ?? '/nhap-bai-cu'}
      title={t('toasoan:importTitle')}
    >
      {hasRoleAnywhere(req.user, editorRoles) ? (
        <ImportClient />
      ) : (
        <p role="alert">{t('toasoan:importEditorsOnly')}</p>
      )}
    </AdminViewFrame>
  )
}
