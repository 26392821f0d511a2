import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { editorRoles, hasRole } from '@/access/roles'
import type { AppTranslationKey } from '@/translations'

import { ImportClient } from './ImportClient'

/**
 * /admin/nhap-bai-cu: paste a legacy article, check what it was read as, save it as a draft, in
 * the admin's own chrome. Custom views skip Payload's login check, so this one sends an anonymous
 * visitor to the login page itself; the import itself is for editors (as its endpoints are).
 */
export const ImportView = ({
  initPageResult,
  params,
  searchParams,
  user,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { admin, routes } = req.payload.config
  const t = (key: AppTranslationKey) => req.i18n.t(key as Parameters<typeof req.i18n.t>[0])
  if (!req.user || !permissions.canAccessAdmin) {
    const here = formatAdminURL({
      adminRoute: routes.admin,
      path: admin.components?.views?.importLegacy?.path ?? '/nhap-bai-cu',
    })
    const to = formatAdminURL({
      adminRoute: routes.admin,
      path: req.user ? admin.routes.unauthorized : admin.routes.login,
    })
    redirect(`${to}?redirect=${encodeURIComponent(here)}`)
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? req.user}
      // A copy: React 19 refuses to pass initPageResult's frozen object on (as Payload's RootPage notes).
      visibleEntities={{
        collections: visibleEntities.collections,
        globals: visibleEntities.globals,
      }}
    >
      <Gutter>
        <h1>{t('toasoan:importTitle')}</h1>
        {hasRole(req.user, editorRoles) ? (
          <ImportClient />
        ) : (
          <p role="alert">{t('toasoan:importEditorsOnly')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
