import Link from 'next/link'

import { ArticleCard, ArticleList } from '@/portal/components/ArticleCard'
import { paths } from '@/portal/components/paths'
import { formatViews } from '@/portal/format'
import { getHomePage } from '@/portal/queries/homePage'

/** The home page: the newest article large, the newest and most read, each top category's latest. */
const HomePage = async () => {
  const { latest, mostRead, sections } = await getHomePage()
  const [top, ...rest] = latest
  return (
    <div className="container">
      <h1 className="visually-hidden">Tin mới nhất</h1>
      <div className="layout-with-aside home-top">
        <section className="layout-main" aria-label="Tin nổi bật">
          {top ? (
            <ArticleCard article={top} variant="lead" headingLevel={2} />
          ) : (
            <p>Chưa có tin bài.</p>
          )}
          <ArticleList articles={rest} headingLevel={2} />
        </section>
        <aside className="layout-aside">
          <section className="box" aria-labelledby="most-read-heading">
            <h2 id="most-read-heading" className="section-title">
              Đọc nhiều nhất
            </h2>
            <ol className="most-read">
              {mostRead.map((article) => (
                <li key={article.id}>
                  <Link href={paths.article(article.slug ?? '')}>{article.title}</Link>
                  <span className="most-read__views">{formatViews(article.views)} lượt xem</span>
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
          <ArticleList articles={articles} headingLevel={3} />
        </section>
      ))}
    </div>
  )
}

export default HomePage
