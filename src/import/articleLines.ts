import { isByline } from './parseByline'
import { classifyPortalLine } from './portalLines'
import { normalizeVietnamese } from './vietnameseText'

/**
 * What each line of a legacy article's text is. Each paragraph is one line; lines are normalised
 * and blank ones dropped. The portal's own lines (date header, publish line, views, audio,
 * furniture) are taken out wherever they stand; of the rest, the first is the title, the next
 * the lead, and the last the byline when it is a short name. The others are the body.
 */
export type ArticleLines = {
  /** Undefined when nothing but portal lines is left. */
  title?: string
  lead?: string
  bodyLines: string[]
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

export const assignLineRoles = (lines: string[]): ArticleLines => {
  const result: ArticleLines = { bodyLines: [], leftovers: [], audio: [] }
  const own: string[] = []
  for (const line of lines) {
    const portal = classifyPortalLine(line)
    if (!portal) own.push(line)
    else if (portal.kind === 'leftover') result.leftovers.push(line)
    else if (portal.kind === 'audio') result.audio.push(portal.file)
    else if (portal.kind === 'views') result.views ??= portal.views
    else result.publish ??= publishOf(portal)
  }
  const [title, lead, ...rest] = own
  const last = rest.at(-1)
  const byline = last !== undefined && isByline(last) ? last : undefined
  return {
    ...result,
    ...(title !== undefined ? { title } : {}),
    ...(lead !== undefined ? { lead } : {}),
    ...(byline !== undefined ? { byline } : {}),
    bodyLines: byline !== undefined ? rest.slice(0, -1) : rest,
  }
}
