import { assignLineRoles, type ArticleLines, splitLines } from './articleLines'
import type { ParseArticleOptions, ParsedArticle, ParseWarning } from './parsedArticle'
import { ParseError } from './parseError'
import { parseMeeting } from './parseMeeting'
import { findOfficialMentions, mergeOfficials } from './parseOfficials'
import { findTitleReferences, uniqueTitleReferences } from './parseTitleReferences'
import { findUnitMentions, uniqueUnitNames, withoutRepeatedUnits } from './parseUnits'
import { participatingUnits, type UnitLine } from './participatingUnits'
import { articlePlaces } from './places'
import { toBodyBlock, withCreditsBelow, withoutRepeatedCaptions } from './splitCaptions'

export type {
  BodyBlock,
  MeetingKind,
  Official,
  ParseArticleOptions,
  ParsedArticle,
  ParsedMeeting,
  ParseWarning,
  TitleReference,
  YearSource,
} from './parsedArticle'
export { ParseError, type ParseErrorReason } from './parseError'

/** Longer than this, the first line is a paragraph, not a title: the text is no article. */
export const MAX_TITLE_LENGTH = 300

const titleOf = (roles: ArticleLines, fileName?: string): string => {
  const { title } = roles
  if (title === undefined) {
    throw new ParseError(
      'noTitle',
      'Không tìm thấy dòng tiêu đề, chỉ có phần trang trí của trang (no title line: only page furniture)',
      fileName,
    )
  }
  if (title.length > MAX_TITLE_LENGTH) {
    throw new ParseError(
      'titleTooLong',
      `Dòng tiêu đề dài ${title.length} ký tự, quá ${MAX_TITLE_LENGTH}: không phải một bài báo (the title line is ${title.length} characters long, over ${MAX_TITLE_LENGTH}: not an article)`,
      fileName,
    )
  }
  return title
}

const lineWarnings = (roles: ArticleLines): ParseWarning[] => {
  const warnings: ParseWarning[] = []
  if (!roles.publish) {
    warnings.push({
      field: 'publishedAt',
      message: 'Không tìm thấy ngày giờ đăng (no publish date and time found)',
    })
  } else if (!roles.publish.publishedAt) {
    warnings.push({
      field: 'publishedAt',
      message: 'Ngày giờ đăng không có thật (the publish date does not exist)',
    })
  } else if (!roles.publish.weekdayMatches) {
    warnings.push({
      field: 'publishedAt',
      message:
        'Thứ in trên dòng ngày đăng không khớp với ngày (the printed weekday does not match the date)',
    })
  }
  if (roles.lead === undefined) {
    warnings.push({ field: 'lead', message: 'Không tìm thấy sapo (no lead paragraph found)' })
  }
  if (roles.byline === undefined) {
    warnings.push({ field: 'byline', message: 'Không tìm thấy tác giả (no byline found)' })
  }
  return warnings
}

/**
 * One legacy portal article's plain text (one paragraph a line, NFC or NFD, either tone
 * placement) as structured fields for the import, with what an editor must check. Pure: no
 * database. Throws ParseError for text that is no article (empty, no title, a paragraph for a
 * title).
 */
export const parseArticle = (text: string, options: ParseArticleOptions = {}): ParsedArticle => {
  const { fileName } = options
  const lines = splitLines(typeof text === 'string' ? text : '')
  if (lines.length === 0) {
    throw new ParseError(
      'empty',
      'Văn bản trống, không có gì để nhập (empty text: nothing to import)',
      fileName,
    )
  }
  const roles = assignLineRoles(lines)
  const title = titleOf(roles, fileName)
  const lead = roles.lead ?? ''
  const body = withCreditsBelow(
    withoutRepeatedCaptions(
      roles.bodyLines.map((line, index) =>
        toBodyBlock(line, { aboveLead: index < roles.captionsAboveLead, title }),
      ),
    ),
  )

  // The lines that name people and units, captions without their credit.
  const textLines = [title, lead, ...body.map((block) => block.text)]
  const officialMentions = textLines.map(findOfficialMentions)
  const referenceMentions = textLines.map(findTitleReferences)
  // A unit inside someone's titles ("Chủ tịch HĐND tỉnh") is the position's, not the article's.
  const positionSpans = textLines.map((_, index) => [
    ...officialMentions[index],
    ...referenceMentions[index],
  ])
  const places = articlePlaces([title, lead], textLines)
  const mentions = officialMentions.flat()
  const officials = mergeOfficials(mentions)

  const { meeting, warnings: meetingWarnings } = parseMeeting({
    title,
    lead,
    body: body.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])),
    publishedAt: roles.publish?.publishedAt,
    mentions,
    officials,
    places,
    titleExcluded: positionSpans[0],
    leadExcluded: positionSpans[1],
  })
  // The units that take part in the meeting; an article reporting none tags none.
  const lineRoles: UnitLine['role'][] = [
    'title',
    'lead',
    ...body.map((block): UnitLine['role'] => (block.kind === 'caption' ? 'caption' : 'paragraph')),
  ]
  const namedUnits = meeting
    ? participatingUnits(
        textLines.map((line, index) => ({
          line,
          units: findUnitMentions(line, places, positionSpans[index]),
          role: lineRoles[index],
        })),
      )
    : []

  // The host as the unit reader names it: "Đảng bộ xã X" holding its congress is "Đảng ủy xã X".
  const host = meeting?.hostUnit
  const hostBody = host && findUnitMentions(host, places)[0]?.name
  // At its standing committee's meeting the council is named for its coming session only.
  const council = host?.startsWith('Thường trực HĐND')
    ? host.replace('Thường trực ', '')
    : undefined
  return {
    title,
    ...(roles.publish?.publishedAt ? { publishedAt: roles.publish.publishedAt } : {}),
    ...(roles.views !== undefined ? { views: roles.views } : {}),
    lead,
    body,
    audio: roles.audio,
    ...(roles.byline !== undefined ? { byline: roles.byline } : {}),
    leftovers: roles.leftovers,
    ...(meeting ? { meeting } : {}),
    officials,
    titleReferences: uniqueTitleReferences(referenceMentions.flat()),
    units: withoutRepeatedUnits(
      uniqueUnitNames([
        ...(host ? [host] : []),
        ...namedUnits.filter(
          // At the council's session its standing committee acts as the council's organ.
          (name) => name !== hostBody && name !== council && name !== `Thường trực ${hostBody}`,
        ),
      ]),
    ),
    warnings: [...lineWarnings(roles), ...meetingWarnings],
  }
}
