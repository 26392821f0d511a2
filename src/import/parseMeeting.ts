import { findHostUnit } from './hostUnit'
import { meetingKindOf } from './meetingKind'
import type { ParsedMeeting, ParseWarning } from './parsedArticle'
import { parseMeetingDate } from './parseMeetingDate'
import type { Official, OfficialMention } from './parseOfficials'
import type { ArticlePlaces } from './places'
import type { Span } from './parseUnits'

/**
 * The meeting an article reports: its kind, day, chair and host. The chair is the official
 * printed with "chủ trì" (the lead is read first); failing that, when the article names a single
 * official, that official, with a warning: a working visit's report often names only the
 * visiting leader who presided.
 */
export const parseMeeting = ({
  title,
  lead,
  body = [],
  publishedAt,
  mentions,
  officials,
  places,
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
  leadExcluded: Span[]
}): { meeting?: ParsedMeeting; warnings: ParseWarning[] } => {
  const kind = meetingKindOf(title, lead)
  if (!kind) {
    return {
      warnings: [
        { field: 'meeting', message: 'Không nhận ra cuộc họp nào (no meeting recognised)' },
      ],
    }
  }
  const { warnings: dateWarnings, ...date } = parseMeetingDate({ title, lead, publishedAt, body })
  const warnings = [...dateWarnings]

  const chairMention = mentions.find((mention) => mention.isChair)
  let chair: Official | undefined = chairMention && {
    name: chairMention.name,
    titles: chairMention.titles,
  }
  if (!chair && officials.length === 1) {
    chair = officials[0]
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

  const hostUnit = findHostUnit({ title, lead, kind, places, leadExcluded })
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
