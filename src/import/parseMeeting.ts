import { findHostUnit } from './hostUnit'
import { isWorkingVisitInBody, meetingKindOf } from './meetingKind'
import type { ParsedMeeting, ParseWarning } from './parsedArticle'
import { findDayParagraph, parseMeetingDate } from './parseMeetingDate'
import type { Official, OfficialMention } from './parseOfficials'
import type { Span } from './parseUnits'
import type { ArticlePlaces } from './places'
import { foldVietnamese } from './vietnameseText'

/** "Thường trực Tỉnh ủy làm việc tại …": a committee's leadership visiting, led by its head. */
const VISITING_LEADERSHIP =
  /^(?:Thường trực|Ban Thường vụ|Lãnh đạo|Tập thể lãnh đạo) (.+?) (?:đến )?(?:thăm,? (?:và )?)?làm việc/u
const HEAD_TITLE = /^(?:Bí thư|Chủ tịch) /u

/**
 * The chair of a working visit that names no one "chủ trì": the only official named, when the
 * title says a committee's leadership visited and that official heads the committee ("Bí thư
 * Tỉnh ủy" for "Thường trực Tỉnh ủy"). Anyone else may be a guest: no chair is guessed.
 */
const visitingLeader = (
  kind: ParsedMeeting['kind'],
  title: string,
  officials: Official[],
): Official | undefined => {
  if (kind !== 'workingVisit' || officials.length !== 1) return undefined
  const body = VISITING_LEADERSHIP.exec(title)?.[1]
  if (!body) return undefined
  const [official] = officials
  const heads = official.titles.some(
    (held) => HEAD_TITLE.test(held) && foldVietnamese(held).endsWith(foldVietnamese(body)),
  )
  return heads ? official : undefined
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * "Đồng chí Hà Văn Dũng chủ trì hội nghị": an official named earlier with titles, named again
 * alone as the one chairing. Only a name the article has titled counts: no one is guessed.
 */
const chairNamedAgain = (lines: string[], officials: Official[]): Official | undefined => {
  const text = foldVietnamese(lines.join('\n'))
  return officials.find((official) =>
    new RegExp(
      `(?<!\\p{L})(?:dong chi|d/c|ong|ba) ${escapeRegExp(foldVietnamese(official.name))},? (?:da )?chu (?:tri|toa)(?!\\p{L})`,
      'iu',
    ).test(text),
  )
}

/**
 * The meeting an article reports: its kind, day, chair and host. The chair is the official
 * printed with "chủ trì" (the lead is read first); failing that, for a committee's working visit,
 * its head when the article names no one else (see visitingLeader), with a warning.
 */
/**
 * "Đại hội … sẽ được tổ chức từ ngày 13 …", "dự kiến diễn ra": the lead's first sentence announces
 * a meeting to come and reports none held.
 */
const ANNOUNCED =
  /(?<!\p{L})(?:sẽ|dự kiến)(?: được)? (?:tổ chức|diễn ra|khai mạc|tiến hành|họp)(?!\p{L})/u
const HELD = /(?<!\p{L})(?:đã|vừa)(?!\p{L})/u
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? ''
/** "Thời gian: …", "Địa điểm: …": the fields of a notice of a meeting to come. */
const NOTICE_FIELD = /^(?:Thời gian|Địa điểm|Thành phần)\s*:/u
const NOTICE_FIELDS_NEEDED = 2

const isAnnouncement = (lead: string, body: string[]) => {
  const sentence = firstSentence(lead)
  return (
    (ANNOUNCED.test(sentence) && !HELD.test(sentence)) ||
    body.filter((line) => NOTICE_FIELD.test(line)).length >= NOTICE_FIELDS_NEEDED
  )
}

/**
 * "Các Chi hội … tổ chức Đại hội", "Nhiều xã …", "Ban Thường vụ các Tỉnh ủy: …", "Hoàn thành Đại
 * hội Đoàn cấp huyện", "tổ chức 9 cuộc giám sát": the title's subject is many bodies, a level's
 * congresses or a count of meetings. One body "tổ chức thành công Đại hội" is its congress.
 */
const ROUND_UP =
  /^(?:[^:]{0,80}: )?(?:Các|Nhiều|Hàng loạt|\d+\/?\d* (?:xã|phường|đơn vị|huyện|chi bộ|cơ sở))(?!\p{L})|^(?:Ban Thường vụ|Thường trực|Lãnh đạo) các (?:Tỉnh|Huyện|Thành|Đảng|Quận|Thị) ủy(?!\p{L})|Hoàn thành (?:(?:công tác )?tổ chức (?:thành công )?)?Đại hội|Đại hội[^.;:]{0,60} cấp (?:cơ sở|xã|huyện|quận|tỉnh)(?!\p{L})|(?<!\p{L})(?:\d+|các|nhiều|những) (?:cuộc|đợt|kỳ họp|hội nghị|phiên họp)(?!\p{L})/iu
/**
 * "Đến thời điểm này, …", "Tính đến hết ngày 21/3, …", "Từ đầu năm đến nay, …": a lead that
 * sums up a period reports progress, not one meeting.
 */
const PROGRESS_LEAD = /^(?:Đến (?:thời điểm này|nay|hết)|Tính (?:đến|từ)|Từ đầu năm)(?!\p{L})/iu
/**
 * "Hội LHPN xã vừa tổ chức hội nghị đối thoại …", "Vừa qua, UBND xã tổ chức hội nghị …": the
 * lead's first sentence says the meeting was just held, as a review or a period review is kept
 * when "vừa tổ chức" prints no day. Meetings counted ("đã tổ chức 20 hội nghị") are a round-up.
 */
const HELD_MEETING =
  /(?<!\p{L})(?:vừa|đã) (?:phối hợp )?(?:tổ chức|diễn ra|khai mạc)(?: [^.;]{0,40}?)? (?<!(?:\d+|các|nhiều|những) )(?:hội nghị|hội thảo|tọa đàm|buổi|cuộc|lễ|họp)|^(?:vừa qua|mới đây|hôm qua|cuối tuần qua|tuần qua),? [^.;]{0,80}?(?<!\p{L})(?:tổ chức|diễn ra|khai mạc)(?!\p{L})/iu
/**
 * "Phát biểu của đồng chí X tại phiên bế mạc Kỳ họp thứ tư", "Toàn văn bài phát biểu …": a speech
 * printed on its own; without a day it reports no meeting, whatever session it names.
 */
const SPEECH_PRINTED =
  /^(?:toàn văn )?(?:bài )?phát biểu (?:của|khai mạc|bế mạc|chỉ đạo|kết luận)(?!\p{L})/iu
/** "X chủ trì hội thảo", "điều hành phiên họp": a chair named at work, not one to come ("sẽ"). */
const CHAIRED =
  /(?<!\p{L})(?<!sẽ )(?:chủ trì|chủ tọa|điều hành)(?!\p{L}) (?:hội nghị|hội thảo|tọa đàm|buổi|cuộc|phiên|lễ)/iu
/**
 * "13/13 chi bộ … tổ chức thành công Đại hội", "19/19 xã hoàn thành …": a count of the bodies
 * done is a round-up of their meetings, whatever days it gives.
 */
const COUNT_OF_BODIES_DONE = /^(?:[^:]{0,80}: )?(\d+)\/\1 \p{L}/u

export const parseMeeting = ({
  title,
  lead,
  body = [],
  publishedAt,
  mentions,
  officials,
  places,
  titleExcluded = [],
  leadExcluded,
}: {
  title: string
  lead: string
  /** The paragraphs after the lead. */
  body?: string[]
  publishedAt?: string
  /** Every official mention, title first, then lead, then body. */
  mentions: OfficialMention[]
  officials: Official[]
  places: ArticlePlaces
  /** Officials' titles in the title and the lead: the units there are positions, not hosts. */
  titleExcluded?: Span[]
  leadExcluded: Span[]
}): { meeting?: ParsedMeeting; warnings: ParseWarning[] } => {
  const kindOfTitleAndLead = meetingKindOf(title, lead)
  const isBodyKind =
    (kindOfTitleAndLead === undefined || kindOfTitleAndLead === 'other') &&
    isWorkingVisitInBody({ title, lead, body })
  // A newspaper's sapo may sum up what was said ("Luật … đề xuất …"); the paragraph giving the
  // day says where ("Sáng 12/5, tiếp tục chương trình kỳ họp thứ 9, Quốc hội …").
  const dayLine = kindOfTitleAndLead === undefined ? findDayParagraph(body) : undefined
  const kindOfDayLine = dayLine === undefined ? undefined : meetingKindOf('', dayLine)
  const kind = isBodyKind ? 'workingVisit' : (kindOfTitleAndLead ?? kindOfDayLine)
  if (!kind) {
    return {
      warnings: [
        { field: 'meeting', message: 'Không nhận ra cuộc họp nào (no meeting recognised)' },
      ],
    }
  }
  const { warnings: dateWarnings, ...date } = parseMeetingDate({ title, lead, publishedAt, body })
  // Published before the day it names, or worded as one: a notice of a meeting to come.
  const isAhead =
    date.date !== undefined && publishedAt !== undefined && date.date > publishedAt.slice(0, 10)
  if (isAhead || isAnnouncement(lead, body)) {
    return {
      warnings: [
        {
          field: 'meeting',
          message:
            'Bài báo trước một cuộc họp sắp diễn ra, không đưa tin một cuộc họp đã diễn ra (a notice of a meeting to come, not a report of one held)',
        },
      ],
    }
  }
  if (COUNT_OF_BODIES_DONE.test(title)) {
    return {
      warnings: [
        {
          field: 'meeting',
          message:
            'Bài tổng hợp nhiều cuộc họp của nhiều đơn vị, không phải một cuộc họp (a round-up of many bodies’ meetings, not one meeting)',
        },
      ],
    }
  }
  const hasDay = date.date !== undefined || date.isYearInferred
  // Without a day, a meeting word alone ("Hội nghị Thượng đỉnh…: câu chuyện chưa kể", a speech
  // printed on its own) and a round-up of many bodies' meetings report no meeting that took place.
  // "… dự và chủ trì Hội thảo", "… vừa tổ chức hội nghị": someone chaired it, or the lead says it
  // was held, though no day is printed.
  const isHeld = kind === 'other' && (CHAIRED.test(lead) || HELD_MEETING.test(firstSentence(lead)))
  const isRoundUp = ROUND_UP.test(title) || PROGRESS_LEAD.test(lead)
  const isSpeech = SPEECH_PRINTED.test(title)
  if (!hasDay && ((kind === 'other' && !isHeld) || isBodyKind || isRoundUp || isSpeech)) {
    return {
      warnings: [
        {
          field: 'meeting',
          message:
            'Có nhắc đến cuộc họp nhưng không có ngày diễn ra: không coi là tin về một cuộc họp (a meeting is named but no day: not read as a meeting report)',
        },
      ],
    }
  }
  const warnings = [...dateWarnings]
  if (kindOfTitleAndLead === undefined && !isBodyKind) {
    warnings.push({
      field: 'meeting',
      message:
        'Loại cuộc họp lấy từ thân bài, không phải tiêu đề hay sapo (meeting kind read from the body, not the title or lead)',
    })
  }

  // The chair with every title the article gives them, not only those printed beside "chủ trì".
  const chairMention = mentions.find((mention) => mention.isChair)
  let chair: Official | undefined =
    (chairMention &&
      (officials.find(
        (official) => foldVietnamese(official.name) === foldVietnamese(chairMention.name),
      ) ?? { name: chairMention.name, titles: chairMention.titles })) ??
    chairNamedAgain([lead, ...body], officials)
  const visitorChair = !chair ? visitingLeader(kind, title, officials) : undefined
  if (visitorChair) {
    chair = visitorChair
    warnings.push({
      field: 'meeting.chair',
      message:
        'Người chủ trì được suy ra: cán bộ duy nhất được nêu tên (chair inferred: the only official named)',
    })
  } else if (!chair) {
    warnings.push({
      field: 'meeting.chair',
      message: 'Không tìm thấy người chủ trì (no chair found)',
    })
  }

  const hostUnit = findHostUnit({ title, lead, kind, places, titleExcluded, leadExcluded })
  if (!hostUnit) {
    warnings.push({
      field: 'meeting.hostUnit',
      message: 'Không xác định được đơn vị chủ trì (no host unit found)',
    })
  }

  return {
    meeting: { kind, ...date, ...(chair ? { chair } : {}), ...(hostUnit ? { hostUnit } : {}) },
    warnings,
  }
}
