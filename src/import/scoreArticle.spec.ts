import { describe, expect, it } from 'vitest'

import type { ParsedArticle } from './parsedArticle'
import { type ExpectedArticle, sameUnit, scoreArticle } from './scoreArticle'
import { partTotal, scoresTable } from './scoreCorpus'

const SOURCE = [
  'Chính trị 12-04-2023',
  'Hội nghị tổng kết năm 2022',
  'Sáng 3.1, UBND huyện tổ chức hội nghị tổng kết. Đồng chí Trần Văn An, Chủ tịch UBND huyện chủ trì.',
  'Toàn cảnh hội nghị (ảnh: Thu Hà)',
  'Thu Hà',
].join('\n\n')

const expected: ExpectedArticle = {
  title: 'Hội nghị tổng kết năm 2022',
  publishedAt: '2023-04-12',
  views: null,
  lead: 'Sáng 3.1, UBND huyện tổ chức hội nghị tổng kết. Đồng chí Trần Văn An, Chủ tịch UBND huyện chủ trì.',
  byline: ['Thu Hà'],
  captions: [{ text: 'Toàn cảnh hội nghị', credit: 'Thu Hà' }],
  meeting: {
    kind: 'periodReview',
    date: '2023-01-03',
    partOfDay: 'morning',
    chair: { name: 'Trần Văn An', titles: ['Chủ tịch UBND huyện'] },
  },
  officials: [{ name: 'Trần Văn An', titles: ['Chủ tịch UBND huyện'] }],
  units: ['UBND huyện'],
}

const right: ParsedArticle = {
  title: 'Hội nghị tổng kết năm 2022',
  publishedAt: '2023-04-12T00:00:00+07:00',
  lead: expected.lead,
  body: [{ kind: 'caption', text: 'Toàn cảnh hội nghị', credit: 'Thu Hà' }],
  audio: [],
  byline: 'Thu Hà',
  leftovers: [],
  meeting: {
    kind: 'periodReview',
    date: '2023-01-03',
    partOfDay: 'morning',
    isYearInferred: true,
    chair: { name: 'Trần Văn An', titles: ['Chủ tịch UBND huyện'] },
  },
  officials: [{ name: 'Trần Văn An', titles: ['Chủ tịch UBND huyện'] }],
  titleReferences: [],
  units: ['UBND huyện'],
  warnings: [],
}

const score = (parsed: ParsedArticle) => scoreArticle({ parsed, expected, sourceText: SOURCE })

describe('scoreArticle', () => {
  it('should score a right reading as right in every field, with no harm', () => {
    const result = score(right)
    expect(Object.values(result.scalars).every(Boolean)).toBe(true)
    expect(result.lists.units).toStrictEqual({ found: 1, expected: 1, matched: 1 })
    expect(result.harms).toStrictEqual([])
  })

  it('should fold Unicode form, case and tone placement in names and titles', () => {
    const result = score({
      ...right,
      officials: [{ name: 'TRẦN VĂN AN'.normalize('NFD'), titles: ['chủ tịch ubnd huyện'] }],
    })
    expect(result.lists.officials.matched).toBe(1)
  })

  it('should count a person inside a unit, a byline caption, a page-line lead and an invented chair', () => {
    const result = score({
      ...right,
      lead: 'Chính trị 12-04-2023',
      body: [{ kind: 'caption', text: 'Tin, ảnh: Thu Hà' }],
      units: ['UBND huyện Trần Văn An'],
      meeting: { ...right.meeting!, chair: { name: 'Lê Văn Bình', titles: ['Phó Chủ tịch'] } },
    })
    expect(result.harms.map((harm) => harm.kind)).toStrictEqual([
      'personInUnit',
      'bylineAsCaption',
      'pageLineAsLead',
      'inventedChair',
    ])
    expect(result.scalars.lead).toBe(false)
    expect(result.scalars.chair).toBe(false)
  })

  it("should not count a paragraph below the lead as a page line when the lead's site tag was dropped", () => {
    const source = [
      'Hội nghị tổng kết năm 2022',
      '(HG) - Sáng 3.1, UBND huyện tổ chức hội nghị tổng kết.',
      'Hội nghị đánh giá kết quả năm 2022.',
    ].join('\n\n')
    const tagged = { ...expected, lead: 'Sáng 3.1, UBND huyện tổ chức hội nghị tổng kết.' }
    const below = scoreArticle({
      parsed: { ...right, lead: 'Hội nghị đánh giá kết quả năm 2022.' },
      expected: tagged,
      sourceText: source,
    })
    expect(below.scalars.lead).toBe(false)
    expect(below.harms).toStrictEqual([])
    const above = scoreArticle({
      parsed: { ...right, lead: 'Hội nghị tổng kết năm 2022' },
      expected: tagged,
      sourceText: source,
    })
    expect(above.harms.map((harm) => harm.kind)).toStrictEqual(['pageLineAsLead'])
  })

  it('should take a missing chair as wrong but not harmful', () => {
    const { chair: _chair, ...meeting } = right.meeting!
    const result = score({ ...right, meeting })
    expect(result.scalars.chair).toBe(false)
    expect(result.harms).toStrictEqual([])
  })
})

describe('sameUnit', () => {
  it('should fold abbreviations and a place name added or left off, nothing more', () => {
    expect(sameUnit('Ủy ban nhân dân tỉnh', 'UBND tỉnh')).toBe(true)
    expect(sameUnit('Ủy ban Mặt trận Tổ quốc xã Vũ Muộn', 'Ủy ban MTTQ xã Vũ Muộn')).toBe(true)
    expect(sameUnit('UBND huyện Nam Đông', 'UBND huyện')).toBe(true)
    expect(sameUnit('UBND huyện', 'HĐND huyện')).toBe(false)
    expect(sameUnit('Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy Bến Tre')).toBe(true)
    expect(sameUnit('Ban Tuyên giáo Thành ủy Bắc Kạn', 'Ban Tuyên giáo Thành ủy')).toBe(true)
    expect(sameUnit('Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo')).toBe(false)
    expect(sameUnit('phòng Tài nguyên và môi trường', 'phòng Tài nguyên')).toBe(false)
  })
})

describe('partTotal', () => {
  it('should pool scalar fields and list F1 over the articles of a part', () => {
    const articles = [
      { id: 'a', part: 'dev' as const, score: score(right) },
      { id: 'b', part: 'dev' as const, score: score({ ...right, title: 'Khác', units: [] }) },
      { id: 'c', part: 'heldout' as const, score: score(right) },
    ]
    const dev = partTotal(articles, 'dev')
    expect(dev.articles).toBe(2)
    expect(dev.fields.find((field) => field.field === 'title')?.accuracy).toBe(0.5)
    expect(dev.fields.find((field) => field.field === 'units')).toStrictEqual({
      field: 'units',
      accuracy: 0.5,
      precision: 1,
      recall: 0.5,
    })
    expect(dev.pooled).toBeCloseTo(22 / 24)
    expect(partTotal(articles, 'heldout').pooled).toBe(1)
    expect(scoresTable([dev])).toContain('| Title | 50.0 % |')
  })
})
