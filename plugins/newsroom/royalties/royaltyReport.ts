import type { BylineRole } from '../attribution/bylineRoles'
import { bylineRoles } from '../attribution/bylineRoles'

/** A person as reports name them: an account, a contributor profile, or a bare credited name. */
export type ReportPerson = { key: string; name: string; kind: 'user' | 'contributor' | 'name' }

export type ReportArticle = {
  id: string
  views: number
  credits: { person: ReportPerson; role: BylineRole }[]
}

export type ReportLine = { person: ReportPerson; amount: number }

export type ReportRow = {
  person: ReportPerson
  articles: number
  roles: BylineRole[]
  views: number
  royaltyTotal: number
  royaltyLines: number
}

/**
 * Per person: the articles published in the period they are credited on (by byline or photo
 * credit), the roles they held, those articles' views, and their royalty lines' total. Sorted by
 * royalty total, then name, so the sheet reads like a pay list.
 */
export const royaltyReport = (articles: ReportArticle[], lines: ReportLine[]): ReportRow[] => {
  const rows = new Map<string, ReportRow & { articleIds: Set<string>; roleSet: Set<BylineRole> }>()
  const rowFor = (person: ReportPerson) => {
    let row = rows.get(person.key)
    if (!row) {
      row = {
        person,
        articles: 0,
        roles: [],
        views: 0,
        royaltyTotal: 0,
        royaltyLines: 0,
        articleIds: new Set(),
        roleSet: new Set(),
      }
      rows.set(person.key, row)
    }
    return row
  }
  for (const article of articles) {
    for (const { person, role } of article.credits) {
      const row = rowFor(person)
      row.roleSet.add(role)
      if (!row.articleIds.has(article.id)) {
        row.articleIds.add(article.id)
        row.views += article.views
      }
    }
  }
  for (const line of lines) {
    const row = rowFor(line.person)
    row.royaltyTotal += line.amount
    row.royaltyLines += 1
  }
  return [...rows.values()]
    .map(({ articleIds, roleSet, ...row }) => ({
      ...row,
      articles: articleIds.size,
      roles: bylineRoles.filter((role) => roleSet.has(role)),
    }))
    .sort(
      (a, b) => b.royaltyTotal - a.royaltyTotal || a.person.name.localeCompare(b.person.name, 'vi'),
    )
}
