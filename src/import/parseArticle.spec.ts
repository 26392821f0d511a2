import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { splitLines } from './articleLines'
import { MAX_TITLE_LENGTH, ParseError, parseArticle, type ParsedArticle } from './parseArticle'
import { toOldTonePlacement } from './vietnameseText'
import {
  sampleArticles,
  sampleOfficials,
  sampleReporters,
  sampleUnits,
} from '../seed/sampleContent'

const FIXTURES = new URL('../seed/fixtures/', import.meta.url)
const fixtureNames = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')
const parse = (name: string) => parseArticle(read(name), { fileName: name })
/** The fixture's non-blank lines, normalised: the indices sampleContent.ts uses. */
const linesOf = (name: string) => splitLines(read(name))
const paragraph = (text: string) => ({ kind: 'paragraph' as const, text })

const NO_PUBLISH_DATE = {
  field: 'publishedAt',
  message: 'Không tìm thấy ngày giờ đăng (no publish date and time found)',
}
const YEAR_FROM_TITLE = {
  field: 'meeting.date',
  message:
    'Năm 2020 được suy ra từ năm nêu trong tiêu đề (year inferred from a year named in the title)',
}
const BUONG = {
  name: 'Dương Hữu Bường',
  titles: ['Tỉnh ủy viên', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
}

describe('parseArticle on the sample fixtures', () => {
  it('should find the five fixtures', () => {
    expect(fixtureNames).toHaveLength(5)
  })

  it('seed 000: a review on 24/6/2022 chaired by Dương Hữu Bường, two captions', () => {
    const name = '000_83dc0dd5aa467cf3.txt'
    const lines = linesOf(name)
    expect(parse(name)).toStrictEqual({
      title:
        'Lãnh đạo UBND thành phố Bắc Kạn họp kiểm điểm, đánh giá công tác lãnh đạo, chỉ đạo thực hiện các nhiệm vụ năm 2020, 2021',
      lead: lines[1],
      body: [
        {
          kind: 'caption',
          text: 'Đồng chí Dương Hữu Bường-Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì.',
        },
        paragraph(lines[3]),
        {
          kind: 'caption',
          text: 'Đại biểu dự họp tham gia góp ý nội dung dự thảo báo cáo kiểm điểm tập thể lãnh đạo UBND thành phố Bắc Kạn',
        },
        paragraph(lines[5]),
        paragraph(lines[6]),
        paragraph(lines[7]),
      ],
      audio: [],
      byline: 'Triệu Biển',
      leftovers: [],
      meeting: {
        kind: 'review',
        date: '2022-06-24',
        partOfDay: 'morning',
        isYearInferred: false,
        yearSource: 'text',
        chair: BUONG,
        hostUnit: 'UBND thành phố Bắc Kạn',
      },
      officials: [BUONG],
      titleReferences: [],
      units: [
        'UBND thành phố Bắc Kạn',
        'phòng Nội vụ thành phố Bắc Kạn',
        'phòng Quản lý đô thị',
        'Ban Quản lý Dịch vụ công ích đô thị thành phố Bắc Kạn',
      ],
      warnings: [NO_PUBLISH_DATE],
    } satisfies ParsedArticle)
    expect(lines[1]).toMatch(/^Sáng ngày 24\/6\/2022, Lãnh đạo UBND thành phố/u)
  })

  it('seed 001: an expanded conference on 16/12, the year from the title', () => {
    const name = '001_3260d56a15f8bcf8.txt'
    const lines = linesOf(name)
    const cuong = {
      name: 'Cù Ngọc Cường',
      titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Thành ủy Bắc Kạn'],
    }
    expect(parse(name)).toStrictEqual({
      title:
        'Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng đánh giá kết quả thực hiện nhiệm vụ năm 2020',
      lead: lines[1],
      body: [
        paragraph(lines[2]),
        { kind: 'caption', text: 'Toàn cảnh hội nghị' },
        paragraph(lines[4]),
        paragraph(lines[5]),
      ],
      audio: [],
      byline: 'Triệu Biển',
      leftovers: [],
      meeting: {
        kind: 'expandedConference',
        date: '2020-12-16',
        partOfDay: 'morning',
        isYearInferred: true,
        yearSource: 'title',
        chair: cuong,
        hostUnit: 'Thành ủy Bắc Kạn',
      },
      officials: [cuong],
      titleReferences: [
        { title: 'Bí thư Thành ủy Bắc Kạn', text: 'đồng chí Bí thư Thành ủy Bắc Kạn' },
      ],
      units: ['Thành ủy Bắc Kạn'],
      warnings: [NO_PUBLISH_DATE, YEAR_FROM_TITLE],
    } satisfies ParsedArticle)
    // The double space after "16/12," and "Cường," is gone.
    expect(lines[1]).toContain('Sáng ngày 16/12, Ban Chấp hành')
  })

  it('seed 002: publish line, views, audio, credited captions and page furniture', () => {
    const name = '002_aaaaf8a0d1df4601.txt'
    const lines = linesOf(name)
    const than = { name: 'Nguyễn Khắc Thận', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }
    const article = parse(name)
    expect(article).toStrictEqual({
      title: 'Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh',
      publishedAt: '2020-12-30T18:45:37+07:00',
      views: 8093,
      lead: lines[4],
      body: [
        {
          kind: 'caption',
          text: 'Đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại hội nghị.',
          credit: 'Thành Tâm',
        },
        ...[7, 8, 9, 10, 11].map((index) => paragraph(lines[index])),
        { kind: 'caption', text: 'Đại biểu dự hội nghị.', credit: 'Thành Tâm' },
        paragraph(lines[13]),
      ],
      audio: ['31122020_Kiem_diem_tap_the_ca_nhan_mixdown.mp3'],
      byline: 'Minh Hương',
      leftovers: ['Thứ 5, 23/05/2024, 06:13[GMT+7]', 'Tin cùng chuyên mục', 'Xem tin theo ngày'],
      meeting: {
        kind: 'review',
        date: '2020-12-30',
        partOfDay: 'afternoon',
        isYearInferred: true,
        yearSource: 'publishedAt',
        chair: than,
        hostUnit: 'UBND tỉnh',
      },
      officials: [than],
      titleReferences: [
        {
          title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
          text: 'Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
        },
      ],
      units: ['UBND tỉnh', 'Văn phòng UBND tỉnh'],
      warnings: [
        {
          field: 'meeting.date',
          message: 'Năm 2020 được suy ra từ ngày đăng (year inferred from the publish date)',
        },
      ],
    } satisfies ParsedArticle)
    expect(article.lead).toMatch(/^Chiều ngày 30\/12, đồng chí Nguyễn Khắc Thận/u)
    const printed = [article.lead, ...article.body.map((block) => block.text)].join('\n')
    for (const furniture of [
      'Tin cùng chuyên mục',
      'Xem tin theo ngày',
      'GMT+7',
      'Audio:',
      'lượt xem',
      'Minh Hương',
    ]) {
      expect(printed).not.toContain(furniture)
    }
  })

  it('seed 003: a period review on 30/11, lower-case "chủ tịch", a list of wards', () => {
    const name = '003_cb25b6bbdd39f825.txt'
    const lines = linesOf(name)
    expect(parse(name)).toStrictEqual({
      title: 'Thành phố Bắc Kạn họp đánh giá tình hình thực hiện chỉ tiêu năm 2020',
      lead: lines[1],
      body: [
        { kind: 'caption', text: 'Toàn cảnh hội nghị' },
        ...[3, 4, 5, 6].map((index) => paragraph(lines[index])),
      ],
      audio: [],
      byline: 'Triệu Biển',
      leftovers: [],
      meeting: {
        kind: 'periodReview',
        date: '2020-11-30',
        partOfDay: 'afternoon',
        isYearInferred: true,
        yearSource: 'title',
        chair: BUONG,
        hostUnit: 'UBND thành phố Bắc Kạn',
      },
      officials: [BUONG],
      titleReferences: [
        {
          title: 'Chủ tịch UBND thành phố Bắc Kạn',
          text: 'đồng chí chủ tịch UBND thành phố Bắc Kạn',
        },
      ],
      units: [
        'UBND thành phố Bắc Kạn',
        'Công an thành phố Bắc Kạn',
        'phòng Giáo dục và Đào tạo',
        'Cơ quan Quân sự thành phố Bắc Kạn',
      ],
      warnings: [NO_PUBLISH_DATE, YEAR_FROM_TITLE],
    } satisfies ParsedArticle)
    // The text's old "văn hoá" comes out as "văn hóa".
    expect(lines[3]).toContain('quản lý văn hóa')
  })

  it('seed 004: a working visit with no date and no byline', () => {
    const name = '004_3f3cccdae7acb676.txt'
    const lines = linesOf(name)
    const du = { name: 'Nguyễn Văn Du', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] }
    const article = parse(name)
    expect(article).toStrictEqual({
      title: 'Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn',
      lead: lines[1],
      body: [2, 3, 4].map((index) => paragraph(lines[index])),
      audio: [],
      leftovers: [],
      meeting: {
        kind: 'workingVisit',
        isYearInferred: false,
        chair: du,
        hostUnit: 'Thành ủy Bắc Kạn',
      },
      officials: [du],
      titleReferences: [{ title: 'Bí thư Tỉnh ủy', text: 'đồng chí Bí thư Tỉnh ủy' }],
      units: ['Thành ủy Bắc Kạn', 'Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
      warnings: [
        NO_PUBLISH_DATE,
        { field: 'byline', message: 'Không tìm thấy tác giả (no byline found)' },
        { field: 'meeting.date', message: 'Không tìm thấy ngày họp (no meeting date found)' },
        {
          field: 'meeting.chair',
          message:
            'Người chủ trì được suy ra: cán bộ duy nhất được nêu tên (chair inferred: the only official named)',
        },
      ],
    } satisfies ParsedArticle)
    expect(article.byline).toBeUndefined()
  })
})

describe('parseArticle agrees with the hand-made structure in sampleContent.ts', () => {
  for (const sample of sampleArticles) {
    it(`${sample.fixture}: line roles, meeting, officials, byline`, () => {
      const lines = linesOf(sample.fixture)
      const article = parse(sample.fixture)
      const roles = sample.lines
      expect(article.title).toBe(lines[roles.title])
      expect(article.lead).toBe(lines[roles.lead])
      expect(article.leftovers).toEqual((roles.leftovers ?? []).map((index) => lines[index]))
      expect(article.byline).toBe(roles.byline === undefined ? undefined : lines[roles.byline])
      expect(article.byline).toBe(sample.reporter && sampleReporters[sample.reporter].fullName)

      const captionIndices = Object.keys(roles.captions ?? {}).map(Number)
      const captions = article.body.filter((block) => block.kind === 'caption')
      expect(captions.map((caption) => lines[captionIndices[captions.indexOf(caption)]])).toEqual(
        captions.map((caption) =>
          caption.credit ? `${caption.text} Ảnh: ${caption.credit}` : caption.text,
        ),
      )
      expect(captions).toHaveLength(captionIndices.length)
      expect(captions.map((caption) => caption.credit)).toEqual(
        captionIndices.map((index) =>
          roles.captions?.[index].creditedTo ? 'Thành Tâm' : undefined,
        ),
      )
      if (sample.views !== undefined) expect(article.views).toBe(sample.views)
      if (sample.audioFile) expect(article.audio).toEqual([sample.audioFile])
      if (roles.publishLine !== undefined) expect(article.publishedAt).toBe(sample.publishedAt)

      const { meeting } = sample
      expect(article.meeting?.kind).toBe(meeting.kind)
      expect(article.meeting?.date).toBe(meeting.startsAt?.slice(0, 10))
      expect(article.meeting?.partOfDay).toBe(meeting.partOfDay)
      expect(article.meeting?.chair?.name).toBe(sampleOfficials[meeting.chair].fullName)
      const host = sampleUnits[meeting.hostUnits[0]]
      expect([host.name, host.shortName]).toContain(article.meeting?.hostUnit)
      expect(article.officials.map((official) => official.name)).toEqual(
        sample.officials.map((key) => sampleOfficials[key].fullName),
      )
    })
  }
})

describe('parseArticle on other forms of the same text', () => {
  for (const name of fixtureNames) {
    it(`${name}: NFD, old tone placement, NBSP and CRLF give the same result`, () => {
      const text = read(name)
      const expected = parseArticle(text)
      const oldStyle = toOldTonePlacement(text)
      expect(oldStyle).not.toBe(text)
      expect(parseArticle(text.normalize('NFD'))).toStrictEqual(expected)
      expect(parseArticle(oldStyle)).toStrictEqual(expected)
      expect(parseArticle(oldStyle.normalize('NFD'))).toStrictEqual(expected)
      expect(parseArticle(text.replace(/ /g, '\u00a0').replace(/\n/g, '\r\n'))).toStrictEqual(
        expected,
      )
    })
  }
})

describe('parseArticle on text that is no article', () => {
  const reasonOf = (text: string) => {
    try {
      parseArticle(text, { fileName: 'x.txt' })
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError)
      expect((error as ParseError).message).toMatch(/^x\.txt: .+\(.+\)$/u)
      return (error as ParseError).reason
    }
    return 'parsed'
  }

  it('should throw ParseError for empty text', () => {
    expect(reasonOf('')).toBe('empty')
    expect(reasonOf(' \n\u00a0\r\n\t')).toBe('empty')
    expect(() => parseArticle('')).toThrow(
      'Văn bản trống, không có gì để nhập (empty text: nothing to import)',
    )
  })

  it('should throw ParseError when only page furniture is left', () => {
    expect(
      reasonOf('Thứ 5, 23/05/2024, 06:13[GMT+7]\n\nTin cùng chuyên mục\nXem tin theo ngày'),
    ).toBe('noTitle')
    expect(reasonOf('Thứ 4, 30/12/2020 | 18:45:37\n8,093 lượt xem')).toBe('noTitle')
  })

  it('should throw ParseError for a first line too long to be a title', () => {
    expect(reasonOf(`${'a'.repeat(MAX_TITLE_LENGTH + 1)}\nSapo.`)).toBe('titleTooLong')
    expect(reasonOf(`${'a'.repeat(MAX_TITLE_LENGTH)}\nSapo.`)).toBe('parsed')
  })
})

describe('parseArticle on an unknown short text', () => {
  it('should give title and lead, no meeting, and say what is missing', () => {
    expect(
      parseArticle(
        'Thông báo lịch cắt điện\n\nĐiện lực thông báo tạm ngừng cấp điện từ 7 giờ đến 11 giờ ngày 5/3.',
      ),
    ).toStrictEqual({
      title: 'Thông báo lịch cắt điện',
      lead: 'Điện lực thông báo tạm ngừng cấp điện từ 7 giờ đến 11 giờ ngày 5/3.',
      body: [],
      audio: [],
      leftovers: [],
      officials: [],
      titleReferences: [],
      units: [],
      warnings: [
        NO_PUBLISH_DATE,
        { field: 'byline', message: 'Không tìm thấy tác giả (no byline found)' },
        { field: 'meeting', message: 'Không nhận ra cuộc họp nào (no meeting recognised)' },
      ],
    } satisfies ParsedArticle)
  })

  it('should warn about a missing lead and a wrong weekday', () => {
    const article = parseArticle('Thứ 2, 30/12/2020 | 18:45:37\nChỉ có tiêu đề')
    expect(article.title).toBe('Chỉ có tiêu đề')
    expect(article.lead).toBe('')
    expect(article.publishedAt).toBe('2020-12-30T18:45:37+07:00')
    expect(article.warnings.map((warning) => warning.field)).toEqual([
      'publishedAt',
      'lead',
      'byline',
      'meeting',
    ])
  })
})
