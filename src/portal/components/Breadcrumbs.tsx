import Link from 'next/link'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalWords } from '../i18n/words'

export type Crumb = { name: string; href: string }

/** "Trang chủ › Tin tức – Sự kiện › …": the same trail as the page's BreadcrumbList. */
export const Breadcrumbs = ({
  crumbs,
  language = 'vi',
}: {
  crumbs: Crumb[]
  language?: SiteLanguage
}) => (
  <nav className="breadcrumbs" aria-label={portalWords[language].breadcrumbs}>
    <ol>
      {crumbs.map((crumb, index) => (
        <li key={crumb.href}>
          {index === crumbs.length - 1 ? (
            <span aria-current="page">{crumb.name}</span>
          ) : (
            <Link href={crumb.href}>{crumb.name}</Link>
          )}
        </li>
      ))}
    </ol>
  </nav>
)
