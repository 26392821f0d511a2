'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import type { AppTranslationKey, AppTranslations } from '@/translations'

const baseClass = 'nav'

/** "Lịch xuất bản" in the admin's left nav, for all staff. */
export const CalendarNavLink = () => {
  const pathname = usePathname()
  const { config } = useConfig()
  const { t } = useTranslation<AppTranslations, AppTranslationKey>()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/lich-xuat-ban' })
  const isActive = pathname === href
  return (
    <Link
      className={`${baseClass}__link`}
      href={href}
      id="nav-publishing-calendar"
      prefetch={false}
    >
      {isActive && <div className={`${baseClass}__link-indicator`} />}
      <span className={`${baseClass}__link-label`}>{t('toasoan:calendar')}</span>
    </Link>
  )
}
