import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { applyImport } from '@/import/applyImport'
import { loadImportDirectory } from '@/import/importDirectory'
import { expandPaths, importFiles } from '@/import/importFiles'
import { parseArticle } from '@/import/parseArticle'
import { planImport } from '@/import/planImport'

import { testPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const fixtures = path.resolve(import.meta.dirname, '../../src/seed/fixtures')
let payload: Payload

const counts = async () => {
  const collections = [
    'articles',
    'meetings',
    'officials',
    'units',
    'contributors',
    'workflow-events',
  ] as const
  return Object.fromEntries(
    await Promise.all(
      collections.map(async (collection) => [
        collection,
        (await payload.count({ collection })).totalDocs,
      ]),
    ),
  )
}

const article = async (title: string) =>
  (
    await payload.find({
      collection: 'articles',
      where: { title: { equals: title } },
      depth: 2,
      draft: true,
    })
  ).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
})

describe('a dry run', () => {
  it('should say what would be created and write nothing', async () => {
    const before = await counts()
    const report = await importFiles({ payload, files: expandPaths([fixtures]), dryRun: true })
    expect(report.failures).toEqual([])
    expect(report.plans).toHaveLength(5)
    expect(report.plans[0].officials).toContainEqual(
      expect.objectContaining({ action: 'create', name: 'Dương Hữu Bường' }),
    )
    expect(await counts()).toEqual(before)
  })
})

describe('a group of units in an article', () => {
  it('should list it for the editor and plan no unit record for it', async () => {
    const parsed = parseArticle(
      [
        'UBND thành phố Bắc Kạn họp triển khai kế hoạch chỉnh trang vỉa hè năm 2021',
        'Chiều ngày 12/3/2021, UBND thành phố Bắc Kạn họp triển khai kế hoạch chỉnh trang vỉa hè. Cùng dự có lãnh đạo phòng Quản lý đô thị và UBND các phường.',
      ].join('\n'),
    )
    expect(parsed.units).toContain('UBND các phường')
    const plan = await planImport({
      payload,
      directory: await loadImportDirectory(payload),
      parsed,
      file: 'group.txt',
      publish: false,
    })
    expect(plan.units.map((unit) => unit.name)).not.toContain('UBND các phường')
    expect(plan.warnings.map((warning) => warning.message).join(' ')).toContain('UBND các phường')
  })
})

describe('importing the five legacy articles', () => {
  beforeAll(async () => {
    const report = await importFiles({ payload, files: expandPaths([fixtures]) })
    expect(report.failures).toEqual([])
  })

  it('should create each article as a draft, linked to its meeting, officials and units', async () => {
    const review = await article(
      'Lãnh đạo UBND thành phố Bắc Kạn họp kiểm điểm, đánh giá công tác lãnh đạo, chỉ đạo thực hiện các nhiệm vụ năm 2020, 2021',
    )
    expect(review.workflowStage).toBe('draft')
    expect(review.bylineText).toBe('Triệu Biển')
    const meeting = review.meeting as {
      startsAt: string
      partOfDay: string
      chair: { fullName: string }
      chairTitle: string
    }
    expect(meeting).toMatchObject({
      startsAt: '2022-06-23T17:00:00.000Z',
      partOfDay: 'morning',
      chair: { fullName: 'Dương Hữu Bường' },
      chairTitle: 'Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn',
    })
  })

  it("should keep seed 002's publish time, views, and the photo credit in the byline", async () => {
    const review = await article('Kiểm điểm tập thể và cá nhân lãnh đạo UBND tỉnh')
    expect(review).toMatchObject({ publishedAt: '2020-12-30T11:45:37.000Z', views: 8093 })
    expect(review.bylineText).toBe('Bài: Minh Hương – Ảnh: Thành Tâm')
    expect(JSON.stringify(review.body)).not.toContain('Tin cùng chuyên mục')
  })

  it('should make one record of a person or unit named in several articles', async () => {
    const buong = await payload.find({
      collection: 'officials',
      where: { fullName: { equals: 'Dương Hữu Bường' } },
    })
    expect(buong.totalDocs).toBe(1)
    const bien = await payload.find({
      collection: 'contributors',
      where: { penName: { equals: 'Triệu Biển' } },
    })
    expect(bien.totalDocs).toBe(1)
    const cityArticles = await payload.find({
      collection: 'articles',
      where: { 'units.name': { equals: 'UBND thành phố Bắc Kạn' } },
      draft: true,
    })
    expect(cityArticles.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('should link "đồng chí Bí thư Thành ủy Bắc Kạn" in seed 001 to Cù Ngọc Cường', async () => {
    const conference = await article(
      'Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng đánh giá kết quả thực hiện nhiệm vụ năm 2020',
    )
    const officials = (conference.officials as { fullName: string }[]).map(
      (official) => official.fullName,
    )
    expect(officials).toContain('Cù Ngọc Cường')
  })

  it('should leave seed 004 without a byline', async () => {
    const visit = await article('Thường trực Tỉnh ủy làm việc tại thành phố Bắc Kạn')
    expect(visit.byline).toEqual([])
  })

  it('should change nothing when the same files are imported again, NFD copies included', async () => {
    const before = await counts()
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-nfd-'))
    const nfd = path.join(dir, 'nfd.txt')
    writeFileSync(
      nfd,
      readFileSync(path.join(fixtures, '000_83dc0dd5aa467cf3.txt'), 'utf8').normalize('NFD'),
    )
    const report = await importFiles({ payload, files: [...expandPaths([fixtures]), nfd] })
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(Array(6).fill('unchanged'))
    expect(await counts()).toEqual(before)
  })
})

describe('failures', () => {
  it('should report a broken file by name and import the others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-broken-'))
    writeFileSync(path.join(dir, 'a-trong.txt'), '   \n\n  ')
    writeFileSync(
      path.join(dir, 'b-tot.txt'),
      'Hội nghị thử nghiệm nhập bài\n\nSáng ngày 2/3/2021, hội nghị diễn ra.\n\nNội dung hội nghị.\n\nHà An\n',
    )
    // "Hội nghị" in windows-1258, its tones as bytes of their own: no UTF-8, and no charset said.
    writeFileSync(
      path.join(dir, 'c-ma-cu.txt'),
      Uint8Array.of(0x48, 0xf4, 0xf2, 0x69, 0x20, 0x6e, 0x67, 0x68, 0x69, 0xf2, 0x0a),
    )
    const report = await importFiles({ payload, files: expandPaths([dir]) })
    expect(report.failures).toEqual([
      { file: path.join(dir, 'a-trong.txt'), reason: expect.any(String) },
      {
        file: path.join(dir, 'c-ma-cu.txt'),
        reason: expect.stringMatching(/^c-ma-cu\.txt: .*UTF-8/u),
      },
    ])
    expect(report.outcomes).toEqual([expect.objectContaining({ status: 'imported' })])
  })

  it('should write an article entirely or not at all', async () => {
    const before = await counts()
    const parsed = parseArticle(
      'Làm việc với phường Đức Xuân\n\nChiều ngày 5/4/2021, đồng chí Hoàng Văn Mới – Chủ tịch UBND phường Đức Xuân làm việc với phòng Văn hóa.\n\nNội dung.\n\nLan Anh\n',
    )
    const directory = await loadImportDirectory(payload)
    const plan = await planImport({ payload, directory, parsed, file: 'moi.txt', publish: false })
    expect(plan.officials.some((official) => official.action === 'create')).toBe(true)
    // A meeting kind the schema refuses makes the write fail after units, officials and people.
    const broken = { ...plan, meeting: { ...plan.meeting!, kind: 'khong-hop-le' } }
    await expect(applyImport({ payload, directory, plan: broken, parsed })).rejects.toThrow()
    expect(await counts()).toEqual(before)
  })
})

describe('importing as published', () => {
  it('should publish the article, recorded in the history as an import', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-publish-'))
    writeFileSync(
      path.join(dir, 'dang.txt'),
      'Tin đăng ngay khi nhập\n\nSáng ngày 1/6/2021, tin được đăng.\n\nNội dung đầy đủ.\n\nHà An\n',
    )
    const report = await importFiles({ payload, files: expandPaths([dir]), publish: true })
    const id = report.outcomes[0].articleId!
    const stored = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(stored).toMatchObject({ workflowStage: 'published', _status: 'published' })
    const { docs } = await payload.find({
      collection: 'workflow-events',
      where: { documentId: { equals: id } },
      depth: 0,
    })
    expect(docs).toEqual([
      expect.objectContaining({ fromStage: 'draft', toStage: 'published', actorKind: 'import' }),
    ])
  })
})
