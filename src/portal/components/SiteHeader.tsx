import Link from 'next/link'

import { headerDateLine } from '../format'
import type { PortalSiteSettings } from '../queries/siteSettings'
import type { CategoryLink } from '../types'
import { MediaImage } from './MediaImage'
import { paths } from './paths'

/** The banner (logo, name, today's date), the search field and the top categories. */
export const SiteHeader = ({
  settings,
  categories,
}: {
  settings: PortalSiteSettings | null
  categories: CategoryLink[]
}) => (
  <header className="site-header">
    <a href="#noi-dung" className="skip-link">
      Bỏ qua, đến nội dung chính
    </a>
    <div className="site-header__top">
      <div className="container site-header__top-inner">
        <span>{headerDateLine(new Date())}</span>
        {settings?.phone ? <span>Đường dây nóng: {settings.phone}</span> : null}
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
          <span className="site-header__name">{settings?.name ?? 'Cổng thông tin điện tử'}</span>
        </Link>
        <form action="/tim-kiem" method="get" role="search" className="site-search">
          <label htmlFor="site-search-q" className="visually-hidden">
            Tìm kiếm tin bài
          </label>
          <input id="site-search-q" type="search" name="q" placeholder="Tìm kiếm…" required />
          <button type="submit">Tìm</button>
        </form>
      </div>
    </div>
    <nav className="site-nav" aria-label="Chuyên mục">
      <ul className="container">
        <li>
          <Link href={paths.home}>Trang chủ</Link>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={paths.category(category.slug ?? '')}>{category.name}</Link>
          </li>
        ))}
        <li>
          <Link href="/ngay">Tin theo ngày</Link>
        </li>
      </ul>
    </nav>
  </header>
)
