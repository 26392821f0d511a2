import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleCard, ArticleList } from '@/portal/components/ArticleCard'
import { paths } from '@/portal/components/paths'
import { englishPaths } from '@/portal/i18n/localePaths'
import { getHomePage } from '@/portal/queries/homePage'

export const metadata: Metadata = {
  alternates: {
    canonical: englishPaths.home,
    languages: { vi: paths.home, en: englishPaths.home },
  },
}

const EMPTY = 'No news yet.'

/** The English home page: the newest English articles and each top category's latest. */
const EnglishHomePage = async () => {
  const { latest, sections } = await getHomePage('en')
  const [top, ...rest] = latest
  return (
    <div className="container">
      <h1 className="visually-hidden">Latest news</h1>
      <section aria-label="Top story">
        {top ? (
          <ArticleCard
            article={top}
            variant="lead"
            headingLevel={2}
            hrefOf={englishPaths.article}
          />
        ) : (
          <p>{EMPTY}</p>
        )}
        <ArticleList articles={rest} headingLevel={2} hrefOf={englishPaths.article} empty="" />
      </section>
      {sections.map(({ category, articles }) => (
        <section
          key={category.id}
          className="home-section"
          aria-labelledby={`section-${category.id}`}
        >
          <h2 id={`section-${category.id}`} className="section-title">
            <Link href={englishPaths.category(category.slug ?? '')}>{category.name}</Link>
          </h2>
          <ArticleList
            articles={articles}
            headingLevel={3}
            hrefOf={englishPaths.article}
            empty={EMPTY}
          />
        </section>
      ))}
    </div>
  )
}

export default EnglishHomePage
