import Link from 'next/link'

import { siteLanguages } from '@/sites/siteLanguages'

import { languageAlternates } from '../seo/articleMetadata'
import type { ArticlePage } from '../types'

/**
 * "English" on a Vietnamese article, "Tiếng Việt" on its English version: the other versions, in
 * the article's date line; nothing for an article in one language.
 */
export const LanguageVersions = ({ article }: { article: ArticlePage }) => {
  const others = Object.entries(languageAlternates(article)).filter(
    ([language]) => language !== (article.language ?? 'vi'),
  )
  if (!others.length) return null
  return (
    <span className="article__languages">
      {others.map(([language, href]) => {
        const label = siteLanguages.find((candidate) => candidate.code === language)?.label
        const name = language === 'en' ? label?.en : label?.vi
        return (
          <Link key={language} href={href} hrefLang={language} lang={language}>
            {name ?? language}
          </Link>
        )
      })}
    </span>
  )
}
