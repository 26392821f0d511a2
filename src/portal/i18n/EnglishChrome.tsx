import Link from 'next/link'

import { MediaImage } from '../components/MediaImage'
import type { PortalSiteSettings } from '../queries/siteSettings'
import type { CategoryLink } from '../types'
import { englishPaths } from './localePaths'

/** The English section's banner and top categories (names in English, Vietnamese where none). */
export const EnglishHeader = ({
  settings,
  categories,
}: {
  settings: PortalSiteSettings | null
  categories: CategoryLink[]
}) => (
  <header className="site-header">
    <a href="#content" className="skip-link">
      Skip to main content
    </a>
    <div className="site-header__banner">
      <div className="container site-header__banner-inner">
        <Link href={englishPaths.home} className="site-header__brand">
          {settings?.logo ? (
            <MediaImage
              media={settings.logo}
              size="thumbnail"
              className="site-header__logo"
              isPriority
            />
          ) : null}
          <span className="site-header__name">{settings?.name ?? 'Web portal'}</span>
        </Link>
        <Link href="/" hrefLang="vi" lang="vi" className="site-header__language">
          Tiếng Việt
        </Link>
      </div>
    </div>
    <nav className="site-nav" aria-label="Categories">
      <ul className="container">
        <li>
          <Link href={englishPaths.home}>Home</Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={englishPaths.category(category.slug ?? '')}>{category.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  </header>
)

/** The agency responsible, the address and contact lines, the footer text, in English. */
export const EnglishFooter = ({ settings }: { settings: PortalSiteSettings | null }) => (
  <footer className="site-footer">
    <div className="container site-footer__inner">
      <div>
        <p className="site-footer__name">{settings?.name}</p>
        {settings?.responsibleAgency ? <p>Managed by: {settings.responsibleAgency}</p> : null}
        {settings?.footerText ? <p className="site-footer__text">{settings.footerText}</p> : null}
      </div>
      <address>
        {settings?.address ? <p>Address: {settings.address}</p> : null}
        {settings?.phone ? <p>Phone: {settings.phone}</p> : null}
        {settings?.email ? (
          <p>
            Email: <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </p>
        ) : null}
      </address>
    </div>
  </footer>
)
