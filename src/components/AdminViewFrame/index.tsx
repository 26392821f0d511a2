import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

/**
 * One of the app's own admin views (the import page, the publishing calendar) in the admin's
 * chrome, with a heading. Custom views skip Payload's login check, so an anonymous visitor is
 * sent to the login page here, to come back to `path` after.
 */
export const AdminViewFrame = ({
  view: { initPageResult, params, searchParams, user },
  path,
  title,
  children,
}: {
  view: AdminViewServerProps
  path: string
  title: string
  children: ReactNode
}) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { admin, routes } = req.payload.config
  if (!req.user || !permissions.canAccessAdmin) {
    const here = formatAdminURL({ adminRoute: routes.admin, path: path as `/${string}` })
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
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
