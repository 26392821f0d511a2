'use client'

import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { editorRoles } from '@/access/roles'
import { hasRoleAnywhere } from '@/access/siteRoles'

import { useAppTranslation } from '../useAppTranslation'

const baseClass = 'nav'

/**
 * "Nhập bài cũ" in the admin's left nav, after the collections: the legacy article import view
 * (payload.config.ts, `importLegacy`), for the roles that may import.
 */
export const ImportNavLink = () => {
  const pathname = usePathname()
  const { config } = useConfig()
  const { user } = useAuth()
  const { t } = useAppTranslation()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/nhap-bai-cu' })
  const isActive = pathname.startsWith(href) && ['/', undefined].includes(pathname[href.length])
  const label = (
    <>
      {isActive && <div className={`${baseClass}__link-indicator`} />}
      <span className={`${baseClass}__link-label`}>{t('toasoan:importNavLink')}</span>
    </>
  )
  if (!hasRoleAnywhere(user, editorRoles)) return null
  // As Payload's own nav: the current page is not a link to itself.
  return pathname === href ? (
    <div className={`${baseClass}__link`} id="nav-import-legacy">
      {label}
    </div>
  ) : (
    <Link className={`${baseClass}__link`} href={href} id="nav-import-legacy" prefetch={false}>
      {label}
    </Link>
  )
}
