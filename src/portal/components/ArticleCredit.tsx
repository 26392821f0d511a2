import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalWords } from '../i18n/words'
import type { ArticlePage } from '../types'

/**
 * The byline as the last line, as the API prints it in the article's language ("Bài: …",
 * "Text: …"); for a republication (đăng lại) the original byline as the source printed it, and
 * "Nguồn: <site>" linking to the source.
 */
export const ArticleCredit = ({
  article,
  language = 'vi',
}: {
  article: ArticlePage
  language?: SiteLanguage
}) => {
  const source = article.republication?.sourceSiteName ? article.republication : null
  const byline = source?.sourceByline || article.bylineText
  return (
    <>
      {byline ? <p className="article__byline">{byline}</p> : null}
      {source ? (
        <p className="article__source">
          {portalWords[language].source}:{' '}
          {source.sourceUrl ? (
            <a href={source.sourceUrl} rel="noopener">
              {source.sourceSiteName}
            </a>
          ) : (
            source.sourceSiteName
          )}
        </p>
      ) : null}
    </>
  )
}
