import Link from 'next/link'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { ArticleCard, ArticleList } from '../components/ArticleCard'
import { formatViews } from '../format'
import { portalPaths } from '../i18n/localePaths'
import { portalWords } from '../i18n/words'
import { getHomePage } from '../queries/homePage'

/**
 * The home page of one language: its newest article large, the newest and the most read, each
 * top category's latest (names in that language).
 */
export const HomePage = async ({ language }: { language: SiteLanguage }) => {
  const { latest, mostRead, sections } = await getHomePage(language)
  const words = portalWords[language]
  const paths = portalPaths[language]
  const [top, ...rest] = latest
  return (
    <div className="container">
      <h1 className="visually-hidden">{words.latestNews}</h1>
      <div className="layout-with-aside home-top">
        <section className="layout-main" aria-label={words.topStory}>
          {top ? (
            <ArticleCard article={top} variant="lead" headingLevel={2} hrefOf={paths.article} />
          ) : (
            <p>{words.noNews}</p>
          )}
          {rest.length ? (
            <ArticleList articles={rest} headingLevel={2} hrefOf={paths.article} />
          ) : null}
        </section>
        <aside className="layout-aside">
          <section className="box" aria-labelledby="most-read-heading">
            <h2 id="most-read-heading" className="section-title">
              {words.mostRead}
            </h2>
            <ol className="most-read">
              {mostRead.map((article) => (
                <li key={article.id}>
                  <Link href={paths.article(article.slug ?? '')}>{article.title}</Link>
                  <span className="most-read__views">
                    {formatViews(article.views)} {words.views}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
      {sections.map(({ category, articles }) => (
        <section
          key={category.id}
          className="home-section"
          aria-labelledby={`section-${category.id}`}
        >
          <h2 id={`section-${category.id}`} className="section-title">
            <Link href={paths.category(category.slug ?? '')}>{category.name}</Link>
          </h2>
          <ArticleList
            articles={articles}
            headingLevel={3}
            hrefOf={paths.article}
            empty={words.noNews}
          />
        </section>
      ))}
    </div>
  )
}
