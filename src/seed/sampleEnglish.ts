import type { CategoryKey, OfficialKey, UnitKey } from './sampleContent'

/**
 * The sample newsroom's English section: the English names of its categories and units, its
 * officials' titles in English (in the order of their positions in sampleContent.ts), and one
 * article translated by the English desk. Phường Sông Cầu and Phường Nguyễn Thị Minh Khai keep
 * no English name: they show the Vietnamese fallback, reported in `untranslatedFields`.
 */
export const englishCategoryNames: Record<CategoryKey, string> = {
  tinTuc: 'News and Events',
  hoatDongLanhDao: 'Leadership Activities',
  xayDungDang: 'Party Building',
}

export const englishUnits: Partial<Record<UnitKey, { name: string; shortName?: string }>> = {
  ubndThaiNguyen: {
    name: "Thái Nguyên Provincial People's Committee",
    shortName: "Provincial People's Committee",
  },
  tinhUy: { name: 'Bắc Kạn Provincial Party Committee', shortName: 'Provincial Party Committee' },
  ubndTinh: {
    name: "Bắc Kạn Provincial People's Committee",
    shortName: "Provincial People's Committee",
  },
  hdndTinh: {
    name: "Bắc Kạn Provincial People's Council",
    shortName: "Provincial People's Council",
  },
  vanPhongUbndTinh: {
    name: "Office of the Bắc Kạn Provincial People's Committee",
    shortName: "Office of the Provincial People's Committee",
  },
  thanhUy: { name: 'Bắc Kạn City Party Committee', shortName: 'City Party Committee' },
  ubndThanhPho: { name: "Bắc Kạn City People's Committee", shortName: "City People's Committee" },
  phongNoiVu: { name: 'Bắc Kạn City Home Affairs Division', shortName: 'Home Affairs Division' },
  phongQuanLyDoThi: {
    name: 'Bắc Kạn City Urban Management Division',
    shortName: 'Urban Management Division',
  },
  banDichVuCongIch: {
    name: 'Bắc Kạn City Urban Public Services Board',
    shortName: 'Urban Public Services Board',
  },
  phongGiaoDuc: {
    name: 'Bắc Kạn City Education and Training Division',
    shortName: 'Education and Training Division',
  },
  congAnThanhPho: { name: 'Bắc Kạn City Police', shortName: 'City Police' },
  quanSuThanhPho: { name: 'Bắc Kạn City Military Command', shortName: 'City Military Command' },
}

export const englishPositionTitles: Record<OfficialKey, string[]> = {
  duongHuuBuong: [
    'Member of the Provincial Party Committee',
    'Deputy Secretary of the City Party Committee',
    "Chairman of the Bắc Kạn City People's Committee",
  ],
  cuNgocCuong: [
    'Member of the Standing Board of the Provincial Party Committee',
    'Secretary of the Bắc Kạn City Party Committee',
  ],
  nguyenKhacThan: [
    'Deputy Secretary of the Provincial Party Committee',
    "Chairman of the Provincial People's Committee",
  ],
  nguyenVanDu: [
    'Secretary of the Provincial Party Committee',
    "Chairman of the Provincial People's Council",
  ],
}

/** The site settings in English (what the English section prints in its header and footer). */
export const englishSiteSettings = {
  name: 'Bắc Kạn Provincial Web Portal',
  responsibleAgency: "Office of the Bắc Kạn Provincial People's Committee",
  address: 'No. 7 Trường Chinh Street, Đức Xuân Ward, Bắc Kạn City, Bắc Kạn Province',
  footerText:
    'A sample portal of toasoan. Please credit "Bắc Kạn Provincial Web Portal" when republishing information from this site.',
}

/** The English desk's translator, credited in the byline as "Dịch" (translation). */
export const sampleTranslator = { name: 'Hoàng Thu Hà', penName: 'Thu Hà' }

/**
 * The English version of fixtures/002 (the provincial leadership's 2020 self-review), its
 * photos with English alt text and captions: `photos` maps a photo's file name in the Vietnamese
 * article (mau-002-<line>.jpg) to its English caption, placed after the paragraph of that index.
 */
export const englishSampleArticle = {
  original: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
  title: "Provincial People's Committee leaders review their collective and individual work",
  lead: "On the afternoon of 30 December, Nguyễn Khắc Thận, Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Committee, chaired the committee's meeting reviewing the work of its leadership as a body and of each of its leaders in 2020, and discussing the committee's work programme for 2021.",
  paragraphs: [
    "The meeting was attended by the Vice Chairmen of the Provincial People's Committee and the leaders of departments, agencies, districts and the city.",
    "In 2020 the committee's leadership consistently carried out the Party's guidelines, the State's policies and laws and the decisions of higher levels. Despite many difficulties, above all the impact of the Covid-19 pandemic, the province's economy kept growing faster than the national forecast: its gross regional domestic product is estimated at 53,523 billion đồng, up 3.23% on 2019.",
    "Each leader of the Provincial People's Committee also reviewed their own work in 2020, pointing out strengths, frankly acknowledging shortcomings and setting out how to overcome them.",
    "Concluding the meeting, Chairman Nguyễn Khắc Thận thanked the delegates for their contributions and asked the Office of the Provincial People's Committee to complete the review report so that it can be acted on from the start of 2021.",
    'On the 2021 work programme, drawn up month by month with 107 items, he asked the Vice Chairmen, departments, districts and the city to review the programmes and projects in their fields and add to them in time.',
  ],
  photos: [
    {
      file: 'mau-002-5.jpg',
      afterParagraph: 0,
      caption:
        "Nguyễn Khắc Thận, Deputy Secretary of the Provincial Party Committee and Chairman of the Provincial People's Committee, speaks at the meeting.",
    },
    { file: 'mau-002-12.jpg', afterParagraph: 3, caption: 'Delegates at the meeting.' },
  ],
}
