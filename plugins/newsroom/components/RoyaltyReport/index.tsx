import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { RoyaltyReportClient } from './RoyaltyReportClient'

/**
 * /admin/nhuan-but: the royalty report (nhuận bút) in the admin's own chrome. Custom views skip
 * Payload's login check, so this one sends an anonymous visitor to the login page itself.
 */
export const RoyaltyReportView = ({
  initPageResult,
  params,
  searchParams,
  user,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { admin, routes } = req.payload.config
  if (!req.user || !permissions.canAccessAdmin) {
    const here = formatAdminURL({
      adminRoute: routes.admin,
      path: admin.components?.views?.newsroomRoyalties?.path ?? '/nhuan-but',
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
        <h1>{req.i18n.t('newsroom:royalties' as Parameters<typeof req.i18n.t>[0])}</h1>
        <RoyaltyReportClient />
      </Gutter>
    </DefaultTemplate>
  )
}
