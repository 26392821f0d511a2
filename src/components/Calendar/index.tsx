import { DefaultTemplate } from '@payloadcms/next/templates'
import type { I18nClient } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { AppTranslationKey, AppTranslations } from '@/translations'

import { CalendarClient } from './CalendarClient'
import './index.scss'

const CALENDAR_PATH = '/lich-xuat-ban'

/**
 * /admin/lich-xuat-ban: the publishing calendar, in the admin's own chrome. Custom views skip
 * Payload's login check, so an anonymous visitor is sent to the login page here.
 */
export const CalendarView = ({
  initPageResult,
  params,
  searchParams,
  user,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { admin, routes } = req.payload.config
  if (!req.user || !permissions.canAccessAdmin) {
    const here = formatAdminURL({ adminRoute: routes.admin, path: CALENDAR_PATH })
    const to = formatAdminURL({
      adminRoute: routes.admin,
      path: req.user ? admin.routes.unauthorized : admin.routes.login,
    })
    redirect(`${to}?redirect=${encodeURIComponent(here)}`)
  }
  const { t } = req.i18n as unknown as I18nClient<AppTranslations, AppTranslationKey>
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
      // A copy: React 19 refuses to pass initPageResult's frozen object on.
      visibleEntities={{
        collections: visibleEntities.collections,
        globals: visibleEntities.globals,
      }}
    >
      <Gutter>
        <h1>{t('toasoan:calendar')}</h1>
        <CalendarClient />
      </Gutter>
    </DefaultTemplate>
  )
}
