import type { Article } from '@/payload-types'
import type { SiteLanguage } from '@/sites/siteLanguages'

import { foldText } from './foldText'
import { englishText, exactText } from './searchText'

type SearchFields = Pick<
  Article,
  | 'searchLanguage'
  | 'searchTitle'
  | 'searchLead'
  | 'searchText'
  | 'searchTitleExact'
  | 'searchLeadExact'
  | 'searchTextExact'
>

/**
 * What the search indexes read for one article, each part on its own so that title hits rank
 * above lead hits above body hits; `…Text` holds title, lead and body together. Vietnamese:
 * folded (accents optional) and exact (an exact accented match ranks first). English: its
 * lowercase words only, stemmed by the database. `searchLanguage` is MongoDB's name for the
 * text language ('none': nothing to stem), read by its text index as the document's language.
 */
export const articleSearchFields = ({
  title,
  lead,
  bodyText,
  language,
}: {
  title: string
  lead: string
  bodyText: string
  language: SiteLanguage
}): SearchFields => {
  if (language === 'en') {
    const [titleWords, leadWords, bodyWords] = [title, lead, bodyText].map(englishText)
    return {
      searchLanguage: 'english',
      searchTitle: titleWords,
      searchLead: leadWords,
      searchText: [titleWords, leadWords, bodyWords].filter(Boolean).join(' '),
      searchTitleExact: '',
      searchLeadExact: '',
      searchTextExact: '',
    }
  }
  const [titleFolded, leadFolded, bodyFolded] = [title, lead, bodyText].map(foldText)
  const [titleExact, leadExact, bodyExact] = [title, lead, bodyText].map(exactText)
  return {
    searchLanguage: 'none',
    searchTitle: titleFolded,
    searchLead: leadFolded,
    searchText: [titleFolded, leadFolded, bodyFolded].filter(Boolean).join(' '),
    searchTitleExact: titleExact,
    searchLeadExact: leadExact,
    searchTextExact: [titleExact, leadExact, bodyExact].filter(Boolean).join(' '),
  }
}
