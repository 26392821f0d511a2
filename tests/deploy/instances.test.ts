import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'mật-khẩu-hai-máy-1'
const ADMIN = 'tong-bien-tap@toasoan.test'

type Found = { docs: { id: string; title: string }[] }

/**
 * Two `next start` processes on one SQLite file and one media folder, as the several-instances
 * shape runs them behind a proxy: A takes the writes, B the anonymous reads, B's read cache on.
 */
describe('two instances on one database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-instances-'))
  let a: ProductionServer
  let b: ProductionServer
  let token: string

  /** B's answer to an anonymous reader asking for one article, from its cache when it can. */
  const readOnB = async (id: string) => {
    const response = await fetch(`${b.url}/api/articles?where[id][equals]=${id}&depth=0`)
    const body = (await response.json()) as Found
    return { cache: response.headers.get('x-cache'), titles: body.docs.map((doc) => doc.title) }
  }
  /** Asks B twice, so that its answer is in B's cache before A writes. */
  const warmOnB = async (id: string) => {
    await readOnB(id)
    const second = await readOnB(id)
    expect(second.cache).toBe('HIT')
    return second.titles
  }
  const move = async (id: string, to: string, expectedStage: string, note?: string) => {
    const answer = await apiClient(a.url).call('POST', `/articles/${id}/transition`, {
      token,
      body: { to, expectedStage, ...(note ? { note } : {}) },
    })
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
  }
  const createOnA = async (data: Record<string, unknown>) => {
    const created = await apiClient(a.url).call<{ doc: { id: string } }>('POST', '/articles', {
      token,
      body: data,
    })
    expect(created.status).toBe(201)
    return created.json.doc.id
  }

  beforeAll(async () => {
    const buildDir = await productionBuild()
    const shared = {
      DATABASE_URI: `file:${path.join(dataDir, 'toasoan.db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      READ_CACHE_TTL_SECONDS: '600',
    }
    // A first: it applies the migrations; B finds them applied.
    a = await startProduction({ buildDir, dataDir, env: shared })
    b = await startProduction({ buildDir, dataDir, env: { ...shared, TOASOAN_RUN_JOBS: 'off' } })
    token = await apiClient(a.url).firstAdmin(ADMIN, PASSWORD)
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('should show on B what A published, corrected and took down, on its very next request', async () => {
    const id = await createOnA({ title: 'Kỳ họp thứ 15 Hội đồng nhân dân tỉnh' })
    for (const [to, from] of [
      ['submitted', 'draft'],
      ['edited', 'submitted'],
      ['approved', 'edited'],
    ]) {
      await move(id, to as string, from as string)
    }
    expect(await warmOnB(id)).toEqual([])
    await move(id, 'published', 'approved')
    expect((await readOnB(id)).titles).toEqual(['Kỳ họp thứ 15 Hội đồng nhân dân tỉnh'])

    expect(await warmOnB(id)).toEqual(['Kỳ họp thứ 15 Hội đồng nhân dân tỉnh'])
    const edited = await apiClient(a.url).call('PATCH', `/articles/${id}?draft=true`, {
      token,
      body: { title: 'Bế mạc Kỳ họp thứ 15 Hội đồng nhân dân tỉnh' },
    })
    expect(edited.status).toBe(200)
    await move(id, 'published', 'published')
    expect((await readOnB(id)).titles).toEqual(['Bế mạc Kỳ họp thứ 15 Hội đồng nhân dân tỉnh'])

    expect(await warmOnB(id)).toEqual(['Bế mạc Kỳ họp thứ 15 Hội đồng nhân dân tỉnh'])
    await move(id, 'unpublished', 'published', 'Gỡ theo yêu cầu của cơ quan chức năng')
    expect((await readOnB(id)).titles).toEqual([])
  })

  it('should publish a scheduled article exactly once when both instances run the queue', async () => {
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    const id = await createOnA({ title: 'Lịch tiếp công dân tháng 12', publishedAt: publishAt })
    for (const [to, from] of [
      ['submitted', 'draft'],
      ['edited', 'submitted'],
      ['approved', 'edited'],
    ]) {
      await move(id, to as string, from as string)
    }
    expect(await warmOnB(id)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 200))

    // Both at the same moment, as two schedulers would. Payload's runner does not lock a job
    // across processes on SQLite: both may take it, the transition lets one publish, and the
    // loser's runner may answer 500 (its job was completed and deleted under it). Hence one
    // scheduler in production (TOASOAN_RUN_JOBS), and a task that does no harm run twice.
    const runs = await Promise.all(
      [a, b].map((server) =>
        apiClient(server.url).call('GET', '/payload-jobs/run?queue=newsroom', { token }),
      ),
    )
    expect(runs.some((run) => run.status === 200)).toBe(true)

    expect((await readOnB(id)).titles).toEqual(['Lịch tiếp công dân tháng 12'])
    const events = await apiClient(a.url).call<{ totalDocs: number }>(
      'GET',
      `/workflow-events?where[documentId][equals]=${id}&where[toStage][equals]=published&limit=0`,
      { token },
    )
    expect(events.json.totalDocs).toBe(1)
  })
})
