'use client'

import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { useNewsroomTranslation } from '../useNewsroomTranslation'

const baseClass = 'nav'

/** "Báo cáo nhuận bút" in the admin's left nav, after the collections: the royalty report view. */
export const RoyaltyNavLink = () => {
  const pathname = usePathname()
  const { config } = useConfig()
  const { t } = useNewsroomTranslation()
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: '/nhuan-but' })
  const isActive = pathname.startsWith(href) && ['/', undefined].includes(pathname[href.length])
  const label = (
    <>
      {isActive && <div className={`${baseClass}__link-indicator`} />}
      <span className={`${baseClass}__link-label`}>{t('newsroom:royaltyNavLink')}</span>
    </>
  )
  // As Payload's own nav: the current page is not a link to itself.
  return pathname === href ? (
    <div className={`${baseClass}__link`} id="nav-newsroom-royalties">
      {label}
    </div>
  ) : (
    <Link className={`${baseClass}__link`} href={href} id="nav-newsroom-royalties" prefetch={false}>
      {label}
    </Link>
  )
}
