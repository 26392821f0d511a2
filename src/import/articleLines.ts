import { readBylineNames } from './parseByline'
import { classifyPortalLine } from './portalLines'
import { normalizeVietnamese } from './vietnameseText'

/**
 * What each line of a legacy article's text is. Each paragraph is one line; lines are normalised
 * and blank ones dropped. The portal's own lines (date lines, views, audio, chrome) are taken out
 * wherever they stand. Of the rest:
 * - the title is the line printed just above the publish line when that stands near the top
 *   (site names and menus come before it), else the first line; lines above the title are the
 *   page's;
 * - the lead is the next line, without a newspaper's "(GLO) - " opening;
 * - the byline is one of the last three lines when it reads as names ("Vũ Nguyệt – Nhật Quang",
 *   "Nguồn tin: Sao Khuê"), else the author the header printed ("HOÀI THẢO |").
 * The others are the body.
 */
export type ArticleLines = {
  /** Undefined when nothing but portal lines is left. */
  title?: string
  lead?: string
  bodyLines: string[]
  /** The names, joined by ", " when there are several. */
  byline?: string
  leftovers: string[]
  /** The first publish line; publishedAt is missing when its date does not exist. */
  publish?: { publishedAt?: string; weekdayMatches: boolean }
  views?: number
  audio: string[]
}

export const splitLines = (text: string): string[] =>
  text
    .split(/\r\n|[\r\n\u2028\u2029]/u)
    .map(normalizeVietnamese)
    .filter((line) => line !== '')

const publishOf = ({ publishedAt, weekdayMatches }: NonNullable<ArticleLines['publish']>) =>
  publishedAt ? { publishedAt, weekdayMatches } : { weekdayMatches }

/** A publish line this near the top dates the line above it, the title. */
const TITLE_ABOVE_PUBLISH_WITHIN = 10
/** Where the byline may stand: among the last lines (a caption or site name may follow it). */
const BYLINE_WITHIN_LAST = 3
/** "(GLO)- ", "(QNO) - ", " - ": a newspaper's mark before its first paragraph. */
const AGENCY_OPENING = /^(?:\([^()]{2,20}\)\s*)?[-–—]\s*(?=\S)/u

export const assignLineRoles = (lines: string[]): ArticleLines => {
  const result: ArticleLines = { bodyLines: [], leftovers: [], audio: [] }
  const own: { line: string; index: number }[] = []
  let publishIndex: number | undefined
  let headerAuthor: string | undefined
  for (const [index, line] of lines.entries()) {
    const portal = classifyPortalLine(line)
    if (!portal) own.push({ line, index })
    else if (portal.kind === 'leftover') result.leftovers.push(line)
    else if (portal.kind === 'audio') result.audio.push(portal.file)
    else if (portal.kind === 'views') result.views ??= portal.views
    else if (portal.kind === 'author') headerAuthor ??= portal.author
    else if (!result.publish) {
      result.publish = publishOf(portal)
      publishIndex = index
      if (portal.views !== undefined) result.views ??= portal.views
      headerAuthor ??= portal.author
    }
  }
  const titleAt =
    publishIndex !== undefined && publishIndex < TITLE_ABOVE_PUBLISH_WITHIN
      ? Math.max(0, own.filter((entry) => entry.index < publishIndex!).length - 1)
      : 0
  result.leftovers.unshift(...own.slice(0, titleAt).map((entry) => entry.line))
  const [title, ...after] = own.slice(titleAt).map((entry) => entry.line)
  // Portals print the heading twice (page title and article title): the second is the page's.
  const repeats = after.findIndex((line) => line !== title)
  result.leftovers.push(...after.slice(0, Math.max(repeats, 0)))
  const [lead, ...rest] = repeats === -1 ? [] : after.slice(repeats)
  let bylineAt = -1
  for (
    let index = rest.length - 1;
    index >= rest.length - BYLINE_WITHIN_LAST && index >= 0;
    index--
  ) {
    if (readBylineNames(rest[index])) {
      bylineAt = index
      break
    }
  }
  const names = bylineAt === -1 ? undefined : readBylineNames(rest[bylineAt])
  const byline = names ? names.join(', ') : headerAuthor
  return {
    ...result,
    ...(title !== undefined ? { title } : {}),
    ...(lead !== undefined ? { lead: lead.replace(AGENCY_OPENING, '') } : {}),
    ...(byline !== undefined ? { byline } : {}),
    bodyLines: bylineAt === -1 ? rest : rest.filter((_, index) => index !== bylineAt),
  }
}
