import { AT_THE_EVENT_ENDING } from './captionShapes'
import { isMarkedByline, readBylineNames } from './parseByline'
import { classifyPortalLine, isSigningBody, type PortalLine } from './portalLines'
import { RELATED_HEADINGS } from './portalLineTables'
import { isCaption, splitCredit, toBodyBlock } from './splitCaptions'
import { foldVietnamese, normalizeVietnamese } from './vietnameseText'

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
  /** How many of the body lines stood between the title and the sapo: photo captions. */
  captionsAboveLead: number
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
/**
 * "(GLO)- ", "[BTNO] - ", "(NTL) ", "BDK.VN - ", " - ": a newspaper's mark before its first
 * paragraph; "(NLĐO0- " with its bracket mistyped.
 */
const AGENCY_OPENING =
  /^(?:\([^()]{2,24}\)\s*[-–—]|\[[^[\]]{2,24}\]\s*[-–—]|\([\p{Lu}.]{2,10}\)|\(\p{Lu}[\p{Lu}\p{N}.]{1,11}\s*[-–—]|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org)\s*[-–—]|[-–—])\s*(?=\S)/iu
/** "Kinhtedothi - Sáng 3/6, …", "TTXVN – …", "ND - …": one word, the site's, then a dash. */
const SITE_WORD_OPENING = /^(?:\p{Lu}[\p{L}\d]{3,20}|\p{Lu}{2,3})\s+[-–—]\s+(?=\p{Lu})/u
const siteTagOf = (line: string) => AGENCY_OPENING.exec(line) ?? SITE_WORD_OPENING.exec(line)

const RELATED_HEADING = new Set(RELATED_HEADINGS.map(foldVietnamese))
const foldedHeading = (line: string) => foldVietnamese(line.replace(/[:.]+$/u, '').trim())
/**
 * "Ảnh: Hữu Phước" on a line of its own: the photos' credit (withCreditsBelow joins it to a
 * caption above with none), never the article's byline, even as the last line.
 */
const PHOTO_CREDIT_LINE = /^\(?\s*(?:Nguồn ảnh|Ảnh)\s*:/iu

/** A title and a paragraph at least stand above the related news. */
const MIN_LINES_ABOVE_RELATED = 2

/** A sapo is a sentence or more; a short line without a full stop above it is a heading. */
const LEAD_MIN_WORDS = 10
const MAX_SKIPPED_ABOVE_LEAD = 2
const isShortHeading = (line: string) =>
  line.split(' ').length < LEAD_MIN_WORDS && !/[.!?…:;"”)]$/u.test(line)

/** Longer than this is a paragraph, whatever it ends with. */
const TITLE_MAX_WORDS = 45
/** How far down the page the article's first paragraph may start. */
const FIRST_PARAGRAPH_WITHIN = 8
/** "Sáng 3/6, …", "Chiều nay, ngày 12.4 …", "Ngày 18/2, …": a report's first words. */
const OPENS_WITH_DAY =
  /^(?:(?:sáng|chiều|tối|trưa)(?: nay| qua)?,? (?:ngày )?|ngày )\d{1,2}[/.-]\d{1,2}/iu
/** A paragraph: a sentence of some length, or a line opening with the day ("Ngày 18/2, …"). */
const isParagraph = (line: string) =>
  line.split(' ').length > TITLE_MAX_WORDS ||
  (line.split(' ').length >= LEAD_MIN_WORDS && /[.!?…]["”)]?$/u.test(line)) ||
  OPENS_WITH_DAY.test(line)

/** "… sáng 21/8/2023.", "ngày 5 tháng 3": a day named, as a report's sentence names it. */
const NAMES_A_DAY = /(?<!\d)\d{1,2}[/.-]\d{1,2}(?![\d%])|(?<!\p{L})ngày \d|\d tháng \d/u
/** What a photo under the heading shows, named as a scene or an event, not a report's subject. */
const SCENE_OPENING =
  /^(?:Toàn cảnh|Quang cảnh|Hội nghị|Đại hội|Kỳ họp|Phiên họp|Buổi làm việc|Lễ|Các đại biểu|Đại biểu)(?!\p{L})/u
/**
 * The words of a report's sentence, that a caption does without: it says what happened. "Tổ
 * chức" only as the verb before an event: "tổ chức cơ sở đảng" is an organisation.
 */
const PREDICATE =
  /(?<!\p{L})(?:đã|đang|sẽ|vừa|diễn ra|được|là|cho rằng|cho biết|tiến hành|khai mạc|bế mạc|nhằm|thông qua|tổ chức (?:hội nghị|đại hội|kỳ họp|phiên họp|cuộc họp|họp|buổi|lễ))(?!\p{L})/iu
/**
 * A photo's caption under the heading, though it ends with a full stop: "Hội nghị tổng kết công
 * tác … năm 2019.", "Đồng chí X, Bí thư Huyện ủy phát biểu tại hội nghị.". It names a scene and
 * says nothing happened when, so it names no day and has no predicate.
 */
const isPhotoLine = (line: string) => {
  if (NAMES_A_DAY.test(line) || PREDICATE.test(line)) return false
  const { text, credit } = splitCredit(line)
  return SCENE_OPENING.test(text) || isCaption(text, credit !== undefined)
}

const hasSiteTag = (line: string) => siteTagOf(line) !== null
/** The article's own first paragraph: a newspaper's mark opens it, or it reads as a paragraph. */
const opensArticle = (line: string) => hasSiteTag(line) || isParagraph(line)
/** Beyond doubt a photo's caption: it carries a credit, or it opens with "Toàn cảnh". */
const isCreditedCaption = (line: string) => {
  const block = toBodyBlock(line)
  return (
    block.kind === 'caption' && (block.credit !== undefined || /^(?:Toàn|Quang) cảnh/u.test(line))
  )
}
/** A sapo states: a sentence of some length ending with a full stop. */
const isStatement = (line: string) =>
  line.split(' ').length >= LEAD_MIN_WORDS && /[.…]["”)]?$/u.test(line)
/**
 * Where the article starts: the line with the newspaper's mark, else the first paragraph. A sapo
 * printed above the photo opens it before the newspaper's marked paragraph below the photo.
 */
const openingIndex = (
  lines: string[],
  opens: (line: string, index: number) => boolean = opensArticle,
): number => {
  const tagged = lines.findIndex(hasSiteTag)
  const first = lines.findIndex(opens)
  if (tagged === -1) return first
  const isSapoAbovePhoto =
    first !== -1 &&
    first < tagged - 1 &&
    isStatement(lines[first]) &&
    lines.slice(first + 1, tagged).every(isCreditedCaption)
  return isSapoAbovePhoto ? first : tagged
}

/** How many lines after the title the sapo may start: page lines and a caption may come first. */
const LEAD_WITHIN = 4

/**
 * The lead: the first line after the title that opens the article (a paragraph, or a line
 * opening with a newspaper's mark) that is neither a photo's caption nor a line the page prints
 * again lower down; the lines above it (site names,
 * kickers, share buttons, a photo's caption) are not the sapo. With no such line near, the first
 * line, unless that is a short heading or a caption with more text below.
 */
const leadOf = (first: string | undefined, following: string[]) => {
  const all = first === undefined ? [] : [first, ...following]
  // A line the page prints again further down is its menu's, a slogan or a related heading.
  const isPrintedAgain = (index: number) => all.indexOf(all[index], index + 1) !== -1
  const isPageOrPhotoLine = (line: string, index: number) =>
    isPhotoLine(line) || isPrintedAgain(index)
  const opening = openingIndex(
    all.slice(0, LEAD_WITHIN),
    (line, index) => opensArticle(line) && !isPageOrPhotoLine(line, index),
  )
  if (opening !== -1) {
    return { lead: all[opening], rest: all.slice(opening + 1), skipped: all.slice(0, opening) }
  }
  const skipped: string[] = []
  let lead = first
  let rest = following
  while (
    lead !== undefined &&
    rest.length > 0 &&
    skipped.length < MAX_SKIPPED_ABOVE_LEAD &&
    (isShortHeading(lead) || isPageOrPhotoLine(lead, skipped.length))
  ) {
    skipped.push(lead)
    ;[lead, ...rest] = rest
  }
  return { lead, rest, skipped }
}

/** A heading may end with "?" or "!": only a statement opens the text below a title. */
const opensBelowTitle = (line: string) => opensArticle(line) && !/[?!]["”)]?$/u.test(line)
/**
 * With no publish line to go by, the title is the heading just above the first paragraph: site
 * names and slogans above it are the page's ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Chủ đề công
 * tác năm 2020: …"). The first line when no paragraph starts near the top.
 */
const headingAboveText = (lines: string[]): number => {
  const paragraph = openingIndex(lines.slice(0, FIRST_PARAGRAPH_WITHIN + 1), opensBelowTitle)
  if (paragraph <= 1) return 0
  // A photo's caption, the byline, a sentence introducing what follows ("Dưới đây là …:") and
  // links to related articles left in a table's cells ("… |") may stand between the heading and
  // the paragraph.
  let above = paragraph - 1
  while (
    above > 0 &&
    (isCreditedCaption(lines[above]) ||
      isMarkedByline(lines[above]) ||
      /:$|\s\|$/u.test(lines[above]) ||
      isCaptionUnderHeading(lines[above], lines[above - 1]))
  ) {
    above -= 1
  }
  // "<title>", "Hải Phòng", "<sapo>": a place or a kicker of a few words under the heading.
  const isUnderHeading =
    above > 0 &&
    isSectionName(lines[above]) &&
    wordCount(lines[above - 1]) >= TITLE_MIN_WORDS &&
    !isParagraph(lines[above - 1])
  return isUnderHeading ? above - 1 : above
}

/** "<heading> - Báo Tuyên Quang", "<heading> | 12/03/2024": the heading and a page line after it. */
const isHeadingWithPageLine = (line: string, heading: string): boolean => {
  if (wordCount(heading) < TITLE_MIN_WORDS || !line.startsWith(heading)) return false
  const separated = /^\s*[-–—|]\s*(.+)$/u.exec(line.slice(heading.length))
  return separated !== null && classifyPortalLine(separated[1]) !== undefined
}

/**
 * "<title>", "Đồng chí X, Phó Chủ tịch HĐND tỉnh phát biểu tại hội nghị", "<sapo>": the photo
 * under the heading, its caption uncredited, naming the event only by its kind.
 */
const isCaptionUnderHeading = (line: string, above: string): boolean =>
  AT_THE_EVENT_ENDING.test(line) &&
  wordCount(above) >= TITLE_MIN_WORDS &&
  !/[.!?:;,]$/u.test(above) &&
  !isParagraph(above) &&
  classifyPortalLine(above) === undefined

/** The fewest words a title has: a shorter line above a date is a section's name. */
const TITLE_MIN_WORDS = 5
/** Words, not dashes: "Tin tức - Sự kiện" has four. */
const wordCount = (line: string) => line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
/** "Chính trị - Xã hội", "Tin địa phương": a few words, no sentence. */
const isSectionName = (line: string) =>
  wordCount(line) < TITLE_MIN_WORDS && !/[.!?:;,]$/u.test(line)

type Publish = Extract<PortalLine, { kind: 'publish' }>

/**
 * A page's metadata glued before its heading, "date 2025-11-07 Chủ tịch UBND tỉnh …", and a
 * heading ending with its date, "… năm 2022 (22/08/2022)": split into the heading and a date
 * line after it.
 */
const DATE_BEFORE =
  /^date (\d{4})-(\d{2})(?:-(\d{2}))?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)? ?(\D.*)$/u
const DATE_AFTER = /^(.{20,}?) \((\d{1,2}\/\d{1,2}\/\d{4})\)$/u
const splitDatedHeading = (line: string): string[] => {
  const before = DATE_BEFORE.exec(line)
  if (before) {
    const [, year, month, day, heading] = before
    return day ? [heading, `${day}/${month}/${year}`] : [heading]
  }
  const after = DATE_AFTER.exec(line)
  return after ? [after[1], after[2]] : [line]
}

/**
 * Menu or breadcrumb items printed without spaces, "Trang chủXã hộiGiáo dục", maybe glued to the
 * heading after them: the items become a breadcrumb line of their own ("Trang chủ » Xã hội »
 * Giáo dục", page chrome), the heading its own line. Each item is a short capitalised phrase.
 */
const GLUE_POINT = /(?<=\p{Ll})(?=\p{Lu})/u
const MENU_ITEM_MAX_WORDS = 4
const splitGluedMenu = (line: string): string[] => {
  const pieces = line.split(GLUE_POINT)
  if (pieces.length < 2) return [line]
  const items: string[] = []
  for (const piece of pieces) {
    const isItem =
      /^\p{Lu}/u.test(piece) && wordCount(piece) <= MENU_ITEM_MAX_WORDS && !/[.,;:!?]/u.test(piece)
    if (!isItem) break
    items.push(piece.trim())
  }
  if (items.length === pieces.length) return [items.join(' » ')]
  if (items.length === 0) return [line]
  return [items.join(' » '), pieces.slice(items.length).join('')]
}

/**
 * A photo's alt text, "<the title> ảnh 1" or "… - Hình 1", printed with the caption glued after
 * it: "…ảnh 1Tổng giám đốc … phát biểu". The alt text becomes a line of its own (page chrome).
 */
const GLUED_ALT_TEXT = /^(.{10,}? (?:- )?(?:ảnh|Ảnh|hình|Hình) \d{1,2})(?=\p{Lu})(.+)$/u
const splitGluedAltText = (line: string): string[] => {
  const match = GLUED_ALT_TEXT.exec(line)
  return match ? [match[1], match[2]] : [line]
}

/**
 * "Trang chủ > Tin tức > Huyện Phú Tân sơ kết …": a breadcrumb ending with the article's heading.
 * The path becomes a breadcrumb line of its own (page chrome), the heading its own line.
 */
const BREADCRUMB_STEP = /\s+[>»›]\s+/u
const BREADCRUMB_HEADING_MIN_WORDS = 8
const splitBreadcrumbHeading = (line: string): string[] => {
  const items = line.split(BREADCRUMB_STEP)
  const heading = items.at(-1) ?? ''
  const path = items.slice(0, -1)
  const isPath =
    path.length > 0 && path.every((item) => wordCount(item) <= MENU_ITEM_MAX_WORDS && item !== '')
  return isPath && wordCount(heading) >= BREADCRUMB_HEADING_MIN_WORDS
    ? [path.join(' » '), heading]
    : [line]
}

export const assignLineRoles = (printed: string[]): ArticleLines => {
  const lines = printed
    .slice(0, TITLE_ABOVE_PUBLISH_WITHIN)
    .flatMap(splitBreadcrumbHeading)
    .flatMap(splitGluedMenu)
    .flatMap(splitDatedHeading)
  lines.push(...printed.slice(TITLE_ABOVE_PUBLISH_WITHIN))
  const allLines = lines.flatMap(splitGluedAltText)
  const result: ArticleLines = { bodyLines: [], captionsAboveLead: 0, leftovers: [], audio: [] }
  const own: { line: string; index: number }[] = []
  const dates: { line: string; index: number; portal: Publish; ownBefore: number }[] = []
  let headerAuthor: string | undefined
  let count: number | undefined
  // Below a related-news heading, once the article has begun, the page lists other articles'
  // titles; a box of related links inside the article has the article's paragraphs after it.
  const relatedAt = allLines.findIndex(
    (line, index) => index >= MIN_LINES_ABOVE_RELATED && RELATED_HEADING.has(foldedHeading(line)),
  )
  const related =
    relatedAt !== -1 && !allLines.slice(relatedAt + 1).some(isParagraph)
      ? allLines.splice(relatedAt)
      : []
  for (const [index, line] of allLines.entries()) {
    const portal = classifyPortalLine(line)
    if (!portal) own.push({ line, index })
    else if (portal.kind === 'leftover') result.leftovers.push(line)
    else if (portal.kind === 'audio') result.audio.push(portal.file)
    else if (portal.kind === 'views') result.views ??= portal.views
    else if (portal.kind === 'count') {
      count ??= portal.views
      result.leftovers.push(line)
    } else if (portal.kind === 'author') {
      headerAuthor ??= portal.author
      if (portal.views !== undefined) result.views ??= portal.views
    }
    // A site's date header above every line of the page: the day it was saved.
    else if (portal.isSiteHeader && own.length === 0) result.leftovers.push(line)
    else dates.push({ line, index, portal, ownBefore: own.length })
  }
  // The publish line follows the title; a date above everything is the day the page was saved.
  const isUnderTitle = (date: (typeof dates)[number]) =>
    date.index < TITLE_ABOVE_PUBLISH_WITHIN &&
    date.ownBefore > 0 &&
    wordCount(own[date.ownBefore - 1].line) >= TITLE_MIN_WORDS
  // "<title>", "Chính trị - Xã hội", "<date>", "<sapo>": a section's name between the title and
  // its date is the page's; the title is the line above it.
  const sectionAt = dates.findIndex(
    (date) =>
      date.index < TITLE_ABOVE_PUBLISH_WITHIN &&
      date.ownBefore > 1 &&
      isSectionName(own[date.ownBefore - 1].line) &&
      wordCount(own[date.ownBefore - 2].line) >= TITLE_MIN_WORDS &&
      own[date.ownBefore] !== undefined &&
      opensArticle(own[date.ownBefore].line),
  )
  if (sectionAt !== -1) {
    const [section] = own.splice(dates[sectionAt].ownBefore - 1, 1)
    result.leftovers.push(section.line)
    for (const date of dates.slice(sectionAt)) date.ownBefore -= 1
  }
  const publish = dates.find(isUnderTitle) ?? dates.find((date) => !date.portal.isSiteHeader)
  for (const date of dates) if (date !== publish) result.leftovers.push(date.line)
  if (publish) {
    result.publish = publishOf(publish.portal)
    if (publish.portal.views !== undefined) result.views ??= publish.portal.views
    headerAuthor ??= publish.portal.author
  }
  // "Thanh Liêm - 10/01/2023" at the foot of the article: the author, on a date line of its own.
  headerAuthor ??= dates.find((date) => date.portal.author !== undefined)?.portal.author
  result.views ??= count
  const layoutTitleAt =
    publish && isUnderTitle(publish)
      ? publish.ownBefore - 1
      : headingAboveText(own.map((entry) => entry.line))
  // "<title>", "<title> - Cổng thông tin điện tử huyện X", "<sapo>": the page's title with the
  // site's name is the heading printed again; the heading is the line above it.
  const titleAt =
    layoutTitleAt > 0 && isHeadingWithPageLine(own[layoutTitleAt].line, own[layoutTitleAt - 1].line)
      ? layoutTitleAt - 1
      : layoutTitleAt
  // "Huyện Phú Tân sơ kết công tác cải cách", "hành chính quý I": a heading broken over two lines.
  const isBrokenHeading =
    titleAt > 0 &&
    /^\p{Ll}/u.test(own[titleAt].line) &&
    !/[.!?:;,]$/u.test(own[titleAt - 1].line) &&
    !isParagraph(own[titleAt - 1].line)
  const headingAt = isBrokenHeading ? titleAt - 1 : titleAt
  result.leftovers.unshift(...own.slice(0, headingAt).map((entry) => entry.line))
  const [title, ...after] = [
    own
      .slice(headingAt, titleAt + 1)
      .map((entry) => entry.line)
      .join(' '),
    ...own.slice(titleAt + 1).map((entry) => entry.line),
  ].filter((line) => line !== '')
  // Portals print the heading twice (page title and article title), once perhaps with its date
  // or the site's name; a sapo opening with the heading's words and going on is no repeat.
  const isTitleRepeat = (line: string) => {
    if (title === undefined || line.length <= 20 || !line.startsWith(title.slice(0, -1))) {
      return false
    }
    const remaining = line.slice(title.length).trim()
    return /^(?:$|[-–—|:([\d])/u.test(remaining) || classifyPortalLine(remaining) !== undefined
  }
  const repeats = after.findIndex((line) => !isTitleRepeat(line))
  for (const line of after.slice(0, Math.max(repeats, 0))) {
    result.leftovers.push(line)
    const dated = classifyPortalLine(line.slice(title.length).trim())
    if (!result.publish && dated?.kind === 'publish') result.publish = publishOf(dated)
  }
  const [first, ...following] = repeats === -1 ? [] : after.slice(repeats)
  const { lead, rest: afterLead, skipped } = leadOf(first, following)
  // A photo's caption above the sapo stays in the body; other lines above it are the page's.
  // Under a related-news heading above the sapo ("Tin liên quan"), lines are other articles' titles.
  const relatedAbove = allLines.findIndex((line) => RELATED_HEADING.has(foldedHeading(line)))
  const isRelatedLink = (line: string) =>
    relatedAbove !== -1 && allLines.indexOf(line) > relatedAbove
  const isCaptionLine = (line: string) =>
    !isRelatedLink(line) && toBodyBlock(line, { aboveLead: true }).kind === 'caption'
  // "<title>", "Tr.Đức", "<sapo>": a byline right under the title, the header's author.
  const bylineUnderTitle = skipped.find(
    (line) => !PHOTO_CREDIT_LINE.test(line) && isMarkedByline(line),
  )
  if (bylineUnderTitle !== undefined) {
    headerAuthor ??= readBylineNames(bylineUnderTitle)?.join(', ')
  }
  const pageLines = skipped.filter((line) => line !== bylineUnderTitle)
  // The sapo printed twice, as the page's summary and as the article's: the first copy is no caption.
  const isCaptionAbove = (line: string) => line !== lead && isCaptionLine(line)
  result.leftovers.push(...pageLines.filter((line) => !isCaptionAbove(line)))
  const captionsAbove = pageLines.filter(isCaptionAbove)
  const rest = [...captionsAbove, ...afterLead]
  let bylineAt = -1
  for (
    let index = rest.length - 1;
    index >= rest.length - BYLINE_WITHIN_LAST && index >= 0;
    index--
  ) {
    if (PHOTO_CREDIT_LINE.test(rest[index])) continue
    if (readBylineNames(rest[index])) {
      bylineAt = index
      break
    }
  }
  // The office signing the article on its last line, below the byline if any, is the page's.
  if (rest.length > 1 && bylineAt !== rest.length - 1 && isSigningBody(rest[rest.length - 1])) {
    result.leftovers.push(...rest.splice(-1))
  }
  const names = bylineAt === -1 ? undefined : readBylineNames(rest[bylineAt])
  const byline = names ? names.join(', ') : headerAuthor
  result.leftovers.push(...related)
  return {
    ...result,
    ...(title !== undefined ? { title } : {}),
    ...(lead !== undefined ? { lead: lead.slice(siteTagOf(lead)?.[0].length ?? 0) } : {}),
    ...(byline !== undefined ? { byline } : {}),
    bodyLines: bylineAt === -1 ? rest : rest.filter((_, index) => index !== bylineAt),
    captionsAboveLead:
      bylineAt !== -1 && bylineAt < captionsAbove.length ? 0 : captionsAbove.length,
  }
}
