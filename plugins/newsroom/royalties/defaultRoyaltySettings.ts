import type { RoyaltySettings } from '../types'

/**
 * Defaults after Nghị định 18/2014/NĐ-CP for electronic newspapers: the value of one coefficient
 * unit is 10% of the base salary (2,340,000 VND from 1 July 2024), and each genre has a range
 * of coefficients the head of the editorial board chooses within. Each portal sets its own
 * figures (Bắc Kạn: QĐ 2062/QĐ-BBT); these are a starting point, not a legal table.
 */
export const defaultRoyaltySettings: RoyaltySettings = {
  baseValue: 234_000,
  currency: 'VND',
  genres: [
    { value: 'news', label: { vi: 'Tin', en: 'News brief' }, min: 1, max: 10 },
    {
      value: 'report',
      label: { vi: 'Bài phản ánh, phóng sự', en: 'Report or reportage' },
      min: 8,
      max: 30,
    },
    { value: 'interview', label: { vi: 'Phỏng vấn', en: 'Interview' }, min: 6, max: 20 },
    {
      value: 'commentary',
      label: { vi: 'Bình luận, chuyên luận', en: 'Commentary' },
      min: 8,
      max: 30,
    },
    { value: 'photo', label: { vi: 'Ảnh tin', en: 'News photo' }, min: 1, max: 8 },
    { value: 'audio', label: { vi: 'Âm thanh (audio)', en: 'Audio' }, min: 2, max: 10 },
    { value: 'video', label: { vi: 'Video', en: 'Video' }, min: 3, max: 15 },
    { value: 'translation', label: { vi: 'Dịch', en: 'Translation' }, min: 1, max: 8 },
    {
      value: 'information',
      label: { vi: 'Cung cấp thông tin', en: 'Information supplied' },
      min: 0.5,
      max: 3,
    },
  ],
}
