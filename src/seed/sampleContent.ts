import type { Meeting, Unit } from '../payload-types'
import type { SiteKey } from './sampleSites'

/**
 * The five sample articles in fixtures/, structured by hand as an editor would: the units and
 * officials they name, the meetings they report on, their reporters and photographers.
 *
 * Positions and their dates are the sample's own, set to cover the articles' dates (and the
 * 1 July 2025 merger of Bắc Kạn into Thái Nguyên, which ended the city's and the province's
 * bodies); they are not an official personnel record.
 */

export type UnitKey =
  | 'tinhUy'
  | 'ubndTinh'
  | 'hdndTinh'
  | 'vanPhongUbndTinh'
  | 'ubndThaiNguyen'
  | 'thanhUy'
  | 'ubndThanhPho'
  | 'phongNoiVu'
  | 'phongQuanLyDoThi'
  | 'banDichVuCongIch'
  | 'phongGiaoDuc'
  | 'congAnThanhPho'
  | 'quanSuThanhPho'
  | 'phuongSongCau'
  | 'phuongNguyenThiMinhKhai'

type SampleUnit = {
  name: string
  shortName?: string
  kind: Unit['kind']
  level: Unit['level']
  parent?: UnitKey
  validFrom?: string
  validTo?: string
  successor?: UnitKey
}

const MERGER_EVE = '2025-06-30'

/** In creation order: a parent or successor always comes before the units that point to it. */
export const sampleUnits: Record<UnitKey, SampleUnit> = {
  ubndThaiNguyen: {
    name: 'UBND tỉnh Thái Nguyên',
    shortName: 'UBND tỉnh',
    kind: 'peoplesCommittee',
    level: 'province',
  },
  tinhUy: {
    name: 'Tỉnh ủy Bắc Kạn',
    shortName: 'Tỉnh ủy',
    kind: 'partyCommittee',
    level: 'province',
    validTo: MERGER_EVE,
  },
  ubndTinh: {
    name: 'UBND tỉnh Bắc Kạn',
    shortName: 'UBND tỉnh',
    kind: 'peoplesCommittee',
    level: 'province',
    validTo: MERGER_EVE,
    successor: 'ubndThaiNguyen',
  },
  hdndTinh: {
    name: 'HĐND tỉnh Bắc Kạn',
    shortName: 'HĐND tỉnh',
    kind: 'peoplesCouncil',
    level: 'province',
    validTo: MERGER_EVE,
  },
  vanPhongUbndTinh: {
    name: 'Văn phòng UBND tỉnh Bắc Kạn',
    shortName: 'Văn phòng UBND tỉnh',
    kind: 'department',
    level: 'province',
    parent: 'ubndTinh',
    validTo: MERGER_EVE,
  },
  thanhUy: {
    name: 'Thành ủy Bắc Kạn',
    shortName: 'Thành ủy',
    kind: 'partyCommittee',
    level: 'district',
    parent: 'tinhUy',
    validTo: MERGER_EVE,
  },
  ubndThanhPho: {
    name: 'UBND thành phố Bắc Kạn',
    shortName: 'UBND thành phố',
    kind: 'peoplesCommittee',
    level: 'district',
    parent: 'ubndTinh',
    validTo: MERGER_EVE,
  },
  phongNoiVu: {
    name: 'Phòng Nội vụ thành phố Bắc Kạn',
    shortName: 'phòng Nội vụ',
    kind: 'department',
    level: 'district',
    parent: 'ubndThanhPho',
    validTo: MERGER_EVE,
  },
  phongQuanLyDoThi: {
    name: 'Phòng Quản lý đô thị thành phố Bắc Kạn',
    shortName: 'phòng Quản lý đô thị',
    kind: 'department',
    level: 'district',
    parent: 'ubndThanhPho',
    validTo: MERGER_EVE,
  },
  banDichVuCongIch: {
    name: 'Ban Quản lý Dịch vụ công ích đô thị thành phố Bắc Kạn',
    shortName: 'Ban Quản lý Dịch vụ công ích đô thị',
    kind: 'department',
    level: 'district',
    parent: 'ubndThanhPho',
    validTo: MERGER_EVE,
  },
  phongGiaoDuc: {
    name: 'Phòng Giáo dục và Đào tạo thành phố Bắc Kạn',
    shortName: 'phòng Giáo dục và Đào tạo',
    kind: 'department',
    level: 'district',
    parent: 'ubndThanhPho',
    validTo: MERGER_EVE,
  },
  congAnThanhPho: {
    name: 'Công an thành phố Bắc Kạn',
    shortName: 'Công an thành phố',
    kind: 'armedForces',
    level: 'district',
    validTo: MERGER_EVE,
  },
  quanSuThanhPho: {
    name: 'Cơ quan Quân sự thành phố Bắc Kạn',
    shortName: 'Cơ quan Quân sự thành phố',
    kind: 'armedForces',
    level: 'district',
    validTo: MERGER_EVE,
  },
  phuongSongCau: {
    name: 'Phường Sông Cầu',
    kind: 'communeOrWard',
    level: 'commune',
    parent: 'ubndThanhPho',
  },
  phuongNguyenThiMinhKhai: {
    name: 'Phường Nguyễn Thị Minh Khai',
    kind: 'communeOrWard',
    level: 'commune',
    parent: 'ubndThanhPho',
  },
}

export type OfficialKey = 'duongHuuBuong' | 'cuNgocCuong' | 'nguyenKhacThan' | 'nguyenVanDu'

type SamplePosition = { title: string; unit: UnitKey; from: string; to?: string }

export const sampleOfficials: Record<
  OfficialKey,
  { fullName: string; positions: SamplePosition[] }
> = {
  duongHuuBuong: {
    fullName: 'Dương Hữu Bường',
    positions: [
      { title: 'Tỉnh ủy viên', unit: 'tinhUy', from: '2020-10-15', to: MERGER_EVE },
      { title: 'Phó Bí thư Thành ủy', unit: 'thanhUy', from: '2020-07-01', to: MERGER_EVE },
      {
        title: 'Chủ tịch UBND thành phố Bắc Kạn',
        unit: 'ubndThanhPho',
        from: '2020-07-01',
        to: MERGER_EVE,
      },
    ],
  },
  cuNgocCuong: {
    fullName: 'Cù Ngọc Cường',
    positions: [
      {
        title: 'Ủy viên Ban Thường vụ Tỉnh ủy',
        unit: 'tinhUy',
        from: '2020-10-15',
        to: MERGER_EVE,
      },
      { title: 'Bí thư Thành ủy Bắc Kạn', unit: 'thanhUy', from: '2020-07-01', to: MERGER_EVE },
    ],
  },
  nguyenKhacThan: {
    fullName: 'Nguyễn Khắc Thận',
    positions: [
      { title: 'Phó Bí thư Tỉnh ủy', unit: 'tinhUy', from: '2020-10-15', to: MERGER_EVE },
      { title: 'Chủ tịch UBND tỉnh', unit: 'ubndTinh', from: '2020-10-15', to: MERGER_EVE },
    ],
  },
  nguyenVanDu: {
    fullName: 'Nguyễn Văn Du',
    positions: [
      { title: 'Bí thư Tỉnh ủy', unit: 'tinhUy', from: '2020-10-15', to: MERGER_EVE },
      { title: 'Chủ tịch HĐND tỉnh', unit: 'hdndTinh', from: '2021-06-25', to: MERGER_EVE },
    ],
  },
}

export type CategoryKey = 'tinTuc' | 'hoatDongLanhDao' | 'xayDungDang'

export const sampleCategories: Record<CategoryKey, { name: string; parent?: CategoryKey }> = {
  tinTuc: { name: 'Tin tức – Sự kiện' },
  hoatDongLanhDao: { name: 'Hoạt động của lãnh đạo', parent: 'tinTuc' },
  xayDungDang: { name: 'Xây dựng Đảng', parent: 'tinTuc' },
}

export type ReporterKey = 'trieuBien' | 'minhHuong'

/** Accounts get a random password nobody knows; the newsroom's admin resets it when needed. */
export const sampleReporters: Record<
  ReporterKey,
  { fullName: string; email: string; site: SiteKey }
> = {
  // Each a reporter on the portal their articles come from.
  trieuBien: { fullName: 'Triệu Biển', email: 'trieu.bien@toasoan.example', site: 'thanhPho' },
  minhHuong: { fullName: 'Minh Hương', email: 'minh.huong@toasoan.example', site: 'tinh' },
}

export type ContributorKey = 'thanhTam'

/** Photographers credited in captions ("Ảnh: Thành Tâm") who have no account. */
export const sampleContributors: Record<ContributorKey, { name: string; penName: string }> = {
  thanhTam: { name: 'Thành Tâm', penName: 'Thành Tâm' },
}

type SampleMeeting = {
  title: string
  kind: Meeting['kind']
  /** Vietnam time; the articles give the day and the part of day, rarely the hour. */
  startsAt?: string
  partOfDay?: Meeting['partOfDay']
  place?: string
  hostUnits: UnitKey[]
  chair: OfficialKey
  /** Only where the article prints a title but gives no date to compute it from. */
  chairTitle?: string
  attendingOfficials?: OfficialKey[]
  attendingUnits?: UnitKey[]
  /** Line numbers (from 0) of the article's text that hold the conclusions. */
  conclusionLines?: number[]
}

/**
 * What each line of an article's text is. Lines not listed are body paragraphs. A caption line
 * becomes a photo in the body (the sample has no photographs: a placeholder image stands in).
 */
type LineRoles = {
  title: number
  lead: number
  /** Page furniture the old site printed: date headers, "Tin cùng chuyên mục"… */
  leftovers?: number[]
  publishLine?: number
  viewsLine?: number
  audioLine?: number
  byline?: number
  captions?: Record<number, { creditedTo?: ContributorKey }>
}

export type SampleArticle = {
  fixture: string
  /** The portal it was published on (sampleSites.ts). */
  site: SiteKey
  lines: LineRoles
  category: CategoryKey
  reporter?: ReporterKey
  /** ISO time with offset; where the text gives none, the meeting day stands in. */
  publishedAt?: string
  views?: number
  audioFile?: string
  meeting: SampleMeeting
  officials: OfficialKey[]
  units: UnitKey[]
}

export const sampleArticles: SampleArticle[] = [
  {
    fixture: '000_83dc0dd5aa467cf3.txt',
    site: 'thanhPho',
    lines: { title: 0, lead: 1, captions: { 2: {}, 4: {} }, byline: 8 },
    category: 'hoatDongLanhDao',
    reporter: 'trieuBien',
    publishedAt: '2022-06-24T16:30:00+07:00',
    meeting: {
      title:
        'Lãnh đạo UBND thành phố Bắc Kạn tự kiểm điểm công tác lãnh đạo, chỉ đạo năm 2020, 2021',
      kind: 'review',
      startsAt: '2022-06-24T00:00:00+07:00',
      partOfDay: 'morning',
      hostUnits: ['ubndThanhPho'],
      chair: 'duongHuuBuong',
      attendingUnits: ['phongNoiVu', 'phongQuanLyDoThi', 'banDichVuCongIch'],
    },
    officials: ['duongHuuBuong'],
    units: ['ubndThanhPho', 'phongNoiVu', 'phongQuanLyDoThi', 'banDichVuCongIch'],
  },
  {
    fixture: '001_3260d56a15f8bcf8.txt',
    site: 'thanhPho',
    lines: { title: 0, lead: 1, captions: { 3: {} }, byline: 6 },
    category: 'xayDungDang',
    reporter: 'trieuBien',
    publishedAt: '2020-12-16T17:00:00+07:00',
    meeting: {
      title: 'Hội nghị Ban Chấp hành Đảng bộ thành phố Bắc Kạn mở rộng đánh giá nhiệm vụ năm 2020',
      kind: 'expandedConference',
      startsAt: '2020-12-16T00:00:00+07:00',
      partOfDay: 'morning',
      hostUnits: ['thanhUy'],
      chair: 'cuNgocCuong',
      conclusionLines: [5],
    },
    officials: ['cuNgocCuong'],
    units: ['thanhUy'],
  },
  {
    fixture: '002_aaaaf8a0d1df4601.txt',
    site: 'tinh',
    lines: {
      title: 1,
      lead: 4,
      leftovers: [0, 15, 16],
      publishLine: 2,
      viewsLine: 3,
      audioLine: 6,
      captions: { 5: { creditedTo: 'thanhTam' }, 12: { creditedTo: 'thanhTam' } },
      byline: 14,
    },
    category: 'hoatDongLanhDao',
    reporter: 'minhHuong',
    publishedAt: '2020-12-30T18:45:37+07:00',
    views: 8093,
    audioFile: '31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3',
    meeting: {
      title: 'Hội nghị kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh năm 2020',
      kind: 'review',
      startsAt: '2020-12-30T00:00:00+07:00',
      partOfDay: 'afternoon',
      hostUnits: ['ubndTinh'],
      chair: 'nguyenKhacThan',
      attendingUnits: ['vanPhongUbndTinh'],
      conclusionLines: [10, 11],
    },
    officials: ['nguyenKhacThan'],
    units: ['ubndTinh', 'vanPhongUbndTinh'],
  },
  {
    fixture: '003_cb25b6bbdd39f825.txt',
    site: 'thanhPho',
    lines: { title: 0, lead: 1, captions: { 2: {} }, byline: 7 },
    category: 'hoatDongLanhDao',
    reporter: 'trieuBien',
    publishedAt: '2020-11-30T17:30:00+07:00',
    meeting: {
      title: 'Thành phố Bắc Kạn họp đánh giá tình hình thực hiện chỉ tiêu năm 2020',
      kind: 'periodReview',
      startsAt: '2020-11-30T00:00:00+07:00',
      partOfDay: 'afternoon',
      hostUnits: ['ubndThanhPho'],
      chair: 'duongHuuBuong',
      attendingUnits: [
        'phuongSongCau',
        'phuongNguyenThiMinhKhai',
        'congAnThanhPho',
        'quanSuThanhPho',
        'phongGiaoDuc',
      ],
      conclusionLines: [6],
    },
    officials: ['duongHuuBuong'],
    units: [
      'ubndThanhPho',
      'phuongSongCau',
      'phuongNguyenThiMinhKhai',
      'congAnThanhPho',
      'quanSuThanhPho',
      'phongGiaoDuc',
    ],
  },
  {
    // No byline and no date in the source: the editor still has to find both.
    fixture: '004_3f3cccdae7acb676.txt',
    site: 'thanhPho',
    lines: { title: 0, lead: 1 },
    category: 'xayDungDang',
    meeting: {
      title: 'Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn',
      kind: 'workingVisit',
      hostUnits: ['thanhUy'],
      chair: 'nguyenVanDu',
      chairTitle: 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh',
      attendingUnits: ['tinhUy'],
      conclusionLines: [4],
    },
    officials: ['nguyenVanDu'],
    units: ['tinhUy', 'thanhUy'],
  },
]

/** The sample installation's defaults for every portal's header and footer (the site settings global). */
export const sampleSiteSettings = {
  name: 'Cổng thông tin điện tử tỉnh Bắc Kạn',
  responsibleAgency: 'Văn phòng UBND tỉnh Bắc Kạn',
  address: 'Số 7, đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn',
  phone: '0209 3870 000',
  email: 'bantinbai@toasoan.example',
  footerText:
    'Trang thông tin mẫu của toasoan. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Bắc Kạn” khi phát hành lại thông tin từ trang này.',
}
