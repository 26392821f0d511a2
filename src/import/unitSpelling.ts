import { foldVietnamese } from './vietnameseText'

/**
 * One key for the spellings of a unit's name that editors use interchangeably ("Ủy ban MTTQ",
 * "UBMTTQ", "Ủy ban Mặt trận Tổ quốc"): the parser keeps one record per body by it, and the
 * scorer compares units by it.
 */

/** A text compared as words: folded (Unicode form, case, diacritics, tone placement), no punctuation. */
export const textKey = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Spellings of one body that editors use interchangeably, folded, long forms first. */
const UNIT_SPELLINGS: [RegExp, string][] = [
  // "UBND TP Hải Phòng" is "UBND thành phố Hải Phòng".
  [/\btp\b/gu, 'thanh pho'],
  [/\b(?:uy ban mat tran to quoc|uy ban mttq|ubmttq)(?: viet nam|vn)?\b/gu, 'ubmttq'],
  [/\buy ban mttqvn\b/gu, 'ubmttq'],
  // "UB MTTQVN", "UB. MTTQ": the committee's short spelling, spaced.
  [/\bub mttq(?:vn| viet nam| vn)?\b/gu, 'ubmttq'],
  [/\bmat tran to quoc(?: viet nam)?\b/gu, 'mttq'],
  [/\bhoi lhpn\b/gu, 'hoi lien hiep phu nu'],
  [/\bhoi ccb\b/gu, 'hoi cuu chien binh'],
  [/\bhoi nd\b/gu, 'hoi nong dan'],
  [/\bdoan tn\b/gu, 'doan thanh nien'],
  // "BCH Quân sự xã", "Ban CHQS xã", "BCHQS xã": the commune's military command.
  [/\b(?:bch quan su|ban chqs|bchqs)\b/gu, 'ban chi huy quan su'],
  [/\bbch cong an\b/gu, 'ban chi huy cong an'],
  [/\bldld\b/gu, 'lien doan lao dong'],
  [/\bbhxh\b/gu, 'bao hiem xa hoi'],
  [/\buy ban nhan dan\b/gu, 'ubnd'],
  [/\bhoi dong nhan dan\b/gu, 'hdnd'],
  [/\bhdnd va ubnd\b/gu, 'hdnd ubnd'],
  // The corpus's rule: a place's Ban Chấp hành Đảng bộ is its party committee.
  [/\b(?:ban chap hanh|bch) dang bo tinh\b/gu, 'tinh uy'],
  [/\b(?:ban chap hanh|bch) dang bo thanh pho\b/gu, 'thanh uy'],
  [/\b(?:ban chap hanh|bch) dang bo huyen\b/gu, 'huyen uy'],
  [/\b(?:ban chap hanh|bch) dang bo thi xa\b/gu, 'thi uy'],
  [/\b(?:ban chap hanh|bch) dang bo quan\b/gu, 'quan uy'],
  // And a commune's or ward's Đảng bộ is its Đảng ủy ("Đảng bộ phường X tổ chức hội nghị").
  [/\b(?:(?:ban chap hanh|bch) )?dang bo (xa|phuong|thi tran)\b/gu, 'dang uy $1'],
  // "cấp ủy thị trấn X", the commune's party committee by its generic name, is its Đảng ủy.
  [/\bcap uy (xa|phuong|thi tran)\b/gu, 'dang uy $1'],
  // The Youth Union of a place is its committee: "Đoàn TNCS Hồ Chí Minh huyện X" is "Huyện đoàn X".
  [
    /\b(?:doan (?:tncs|thanh nien cong san) ho chi minh|doan thanh nien) (tinh|huyen|quan|xa|phuong)\b/gu,
    '$1 doan',
  ],
  [
    /\b(?:doan (?:tncs|thanh nien cong san) ho chi minh|doan thanh nien) thanh pho\b/gu,
    'thanh doan',
  ],
  [/\b(?:doan (?:tncs|thanh nien cong san) ho chi minh|doan thanh nien) thi xa\b/gu, 'thi doan'],
  // A national association's central committee is the association, as a place's Ban Chấp hành
  // is its committee: "Trung ương Hội Cựu chiến binh Việt Nam" is "Hội Cựu chiến binh Việt Nam".
  [/\btrung uong (hoi [a-z ]+ viet nam)\b/gu, '$1'],
  // "Huyện ủy huyện Yên Định" is "Huyện ủy Yên Định": the committee's name says its level once.
  [/\b(tinh|thanh|huyen|thi|quan) uy (?:tinh|thanh pho|huyen|thi xa|quan) (?=\S)/gu, '$1 uy '],
]

/** A unit's name folded, its body's spellings made one: the same key, the same body. */
export const unitKey = (name: string): string =>
  UNIT_SPELLINGS.reduce((text, [pattern, short]) => text.replace(pattern, short), textKey(name))
