import type { MeetingKind } from './parsedArticle'

/**
 * The kind of meeting an article reports, from its title, else its lead. The first rule that
 * matches wins, so a "hội nghị mở rộng … kiểm điểm" is an expanded conference:
 * - councilSession: "kỳ họp" of the HĐND;
 * - expandedConference: "hội nghị … mở rộng", "họp mở rộng";
 * - review: "kiểm điểm";
 * - periodReview: "sơ kết", "tổng kết", "đánh giá … chỉ tiêu";
 * - workingVisit: "làm việc với/tại", "buổi làm việc", "đoàn công tác";
 * - other: any other meeting word ("hội nghị", "họp", "chủ trì", "hội thảo", "tọa đàm").
 */

const SPECIFIC_KINDS: [Exclude<MeetingKind, 'other'>, (text: string) => boolean][] = [
  ['councilSession', (text) => /k[ỳì] họp/u.test(text) && /hđnd|hội đồng nhân dân/u.test(text)],
  [
    'expandedConference',
    (text) => /(?:hội nghị|họp)(?!\p{L})[^.;]{0,80}?(?<!\p{L})mở rộng/u.test(text),
  ],
  ['review', (text) => /kiểm điểm/u.test(text)],
  ['periodReview', (text) => /sơ kết|tổng kết|đánh giá[^.;]*chỉ tiêu/u.test(text)],
  [
    'workingVisit',
    (text) => /làm việc (?:với|tại)(?!\p{L})|buổi làm việc|đoàn công tác/u.test(text),
  ],
]

/** "họp", not "hợp" (phối hợp): the tone tells them apart, so this is matched unfolded. */
const MEETING_WORD = /hội nghị|cuộc họp|(?<!\p{L})họp(?!\p{L})|chủ trì|hội thảo|tọa đàm/u

const specificKind = (text: string) => SPECIFIC_KINDS.find(([, matches]) => matches(text))?.[0]

/** The meeting's kind, or undefined when title and lead name no meeting. */
export const meetingKindOf = (title: string, lead: string): MeetingKind | undefined => {
  const [lowerTitle, lowerLead] = [title.toLowerCase(), lead.toLowerCase()]
  return (
    specificKind(lowerTitle) ??
    specificKind(lowerLead) ??
    (MEETING_WORD.test(lowerTitle) || MEETING_WORD.test(lowerLead) ? 'other' : undefined)
  )
}
