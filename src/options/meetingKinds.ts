import type { Meeting } from '../payload-types'
import type { SelectOption } from './selectOption'

export type MeetingKind = Meeting['kind']

/** Kinds of meeting, as the meetings collection and the import view offer them. */
export const meetingKinds: SelectOption<MeetingKind>[] = [
  { value: 'review', label: { vi: 'Kiểm điểm, tự phê bình', en: 'Review and self-criticism' } },
  {
    value: 'periodReview',
    label: { vi: 'Sơ kết, tổng kết', en: 'Preliminary or year-end review' },
  },
  { value: 'expandedConference', label: { vi: 'Hội nghị mở rộng', en: 'Expanded conference' } },
  { value: 'workingVisit', label: { vi: 'Làm việc', en: 'Working visit' } },
  { value: 'councilSession', label: { vi: 'Kỳ họp HĐND', en: 'Council session' } },
  { value: 'congress', label: { vi: 'Đại hội', en: 'Congress' } },
  { value: 'inspection', label: { vi: 'Kiểm tra, giám sát', en: 'Inspection or supervision' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
]
