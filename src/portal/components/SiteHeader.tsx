import Link from 'next/link'

import { siteLanguages, type SiteLanguage } from '@/sites/siteLanguages'

import { headerDateLine } from '../format'
import { mainContentId, portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import type { PortalSiteSettings } from '../queries/siteSettings'
import type { CategoryLink } from '../types'
import { MediaImage } from './MediaImage'

/**
 * The banner (logo, name, today's date), the search field, the top categories and a link to
 * each other language the site publishes in; words and paths in the page's language.
 */
export const SiteHeader = ({
  settings,
  categories,
  languages,
  language,
}: {
  settings: PortalSiteSettings | null
  categories: CategoryLink[]
  /** The site's languages (`sites.languages`). */
  languages: SiteLanguage[]
  language: SiteLanguage
}) => {
  const words = portalWords[language]
  const paths = portalPaths[language]
  const others = siteLanguages.filter(
    (other) => other.code !== language && languages.includes(other.code),
  )
  return (
    <header className="site-header">
      <a href={`#${mainContentId[language]}`} className="skip-link">
        {words.skipToContent}
      </a>
      <div className="site-header__top">
        <div className="container site-header__top-inner">
          <span>{headerDateLine(new Date(), language)}</span>
          {settings?.phone ? (
            <span>
              {words.hotline}: {settings.phone}
            </span>
          ) : null}
          {others.map((other) => (
            <Link
              key={other.code}
              href={portalPaths[other.code].home}
              hrefLang={other.code}
              lang={other.code}
              className="site-header__language"
            >
              {other.label[other.code]}
            </Link>
          ))}
        </div>
      </div>
      <div className="site-header__banner">
        <div className="container site-header__banner-inner">
          <Link href={paths.home} className="site-header__brand">
            {settings?.logo ? (
              <MediaImage
                media={settings.logo}
                size="thumbnail"
                className="site-header__logo"
                isPriority
              />
            ) : null}
            <span className="site-header__name">{settings?.name ?? words.portalName}</span>
          </Link>
          <form action={paths.searchForm} method="get" role="search" className="site-search">
            <label htmlFor="site-search-q" className="visually-hidden">
              {words.searchLabel}
            </label>
            <input
              id="site-search-q"
              type="search"
              name="q"
              placeholder={words.searchPlaceholder}
              required
            />
            <button type="submit">{words.searchButton}</button>
          </form>
        </div>
      </div>
      <nav className="site-nav" aria-label={words.categoriesNav}>
        <ul className="container">
          <li>
            <Link href={paths.home}>{words.home}</Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={paths.category(category.slug ?? '')}>{category.name}</Link>
            </li>
          ))}
          <li>
            <Link href={paths.dayIndex}>{words.newsByDay}</Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
