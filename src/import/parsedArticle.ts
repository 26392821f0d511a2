import type { PartOfDay } from '../lib/vietnamTime'
import type { Meeting } from '../payload-types'
import type { Official } from './parseOfficials'
import type { TitleReference } from './parseTitleReferences'

/** The structure parseArticle gives one legacy article. Every string is normalised (NFC, one tone placement). */

export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  /** A photo's caption line; "Ảnh: Thành Tâm" goes to credit. */
  | { kind: 'caption'; text: string; credit?: string }

/** The Meetings collection's kinds, from the generated types. */
export type MeetingKind = Meeting['kind']

/** Where a meeting's year came from: printed in the date, the publish date, or the title or lead. */
export type YearSource = 'text' | 'publishedAt' | 'title'

export type ParsedMeeting = {
  kind: MeetingKind
  /** YYYY-MM-DD, Vietnam's calendar. */
  date?: string
  partOfDay?: PartOfDay
  /** The text gave a day without a year ("Chiều ngày 30/12"), whether or not a year was found. */
  isYearInferred: boolean
  yearSource?: YearSource
  chair?: Official
  hostUnit?: string
}

/** Something an editor must check, in Vietnamese with English in brackets. */
export type ParseWarning = { field: string; message: string }

export type ParsedArticle = {
  title: string
  /** ISO 8601 with +07:00, from the portal's "Thứ 4, 30/12/2020 | 18:45:37". */
  publishedAt?: string
  views?: number
  /** The first body paragraph (the sapo). */
  lead: string
  /** After the lead, in order; byline, audio lines and page furniture left out. */
  body: BodyBlock[]
  /** Audio file names, from "Audio: …" lines. */
  audio: string[]
  byline?: string
  /** Page furniture taken out: the site's date header, "Tin cùng chuyên mục"… */
  leftovers: string[]
  meeting?: ParsedMeeting
  officials: Official[]
  titleReferences: TitleReference[]
  units: string[]
  warnings: ParseWarning[]
}

export type ParseArticleOptions = {
  /** Named in error messages. */
  fileName?: string
}

export type { Official, TitleReference }
