import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import { startWebhookReceiver } from '@tests/helpers/webhookReceiver'

import { apiClient } from './helpers/api'
import { productionBuild } from './helpers/productionBuild'
import { startProduction } from './helpers/productionServer'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let buildDir: string
// In a hook, whose timeout allows for the build when this file is the first to need it.
beforeAll(async () => {
  buildDir = await productionBuild()
})

describe('SIGTERM on next start', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-shutdown-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('should refuse new requests, answer the one in flight, and exit 0', async () => {
    const server = await startProduction({ buildDir, dataDir })
    const { port } = new URL(server.url)

    // A login whose body is still arriving when the signal comes: a request in flight.
    const body = JSON.stringify({ email: 'khong-co@toasoan.test', password: 'sai-mat-khau' })
    const answered = new Promise<number>((resolve, reject) => {
      const inFlight = request(
        {
          host: 'localhost',
          port,
          path: '/api/users/login',
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      inFlight.on('error', reject)
      inFlight.write(body.slice(0, 10))
      setTimeout(() => inFlight.end(body.slice(10)), 1_500)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const exited = server.stop()
    await new Promise((resolve) => setTimeout(resolve, 500))

    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
    expect(await answered).toBe(401)
    expect(await exited).toBe(0)
    expect(server.output()).toContain('SIGTERM: finishing the requests')
  })
})

/**
 * A job in progress at SIGTERM: a webhook delivery (a task of Payload's jobs queue, run in the
 * background after the write that queued it) to an endpoint that holds its answer.
 */
describe('SIGTERM during a job', () => {
  const dataDirs: string[] = []
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  /** A production server on a fresh database whose one webhook endpoint hangs until released. */
  const withHangingDelivery = async (env: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-shutdown-job-'))
    dataDirs.push(dataDir)
    const receiver = await startWebhookReceiver({ isHanging: true })
    onTestFinished(() => receiver.close())
    const server = await startProduction({ buildDir, dataDir, env })
    onTestFinished(() => server.stop().then(() => undefined))
    const api = apiClient(server.url)
    const token = await api.firstAdmin('quan-tri@toasoan.test', 'mật-khẩu-dừng-máy-1')
    // The site first: made on the category's save, it would be a second delivery.
    const site = await api.call('POST', '/sites', { token, body: { name: 'Cổng thử' } })
    expect(site.status, JSON.stringify(site.json)).toBe(201)
    const endpoint = await api.call('POST', '/webhook-endpoints', {
      token,
      body: { url: receiver.url },
    })
    expect(endpoint.status, JSON.stringify(endpoint.json)).toBe(201)
    // A public change: the delivery job is queued with it and starts once it has committed.
    const category = await api.call('POST', '/categories', { token, body: { name: 'Thời sự' } })
    expect(category.status).toBe(201)
    await receiver.waitFor(1)
    return { dataDir, receiver, server }
  }

  /**
   * The delivery jobs left in the database once the process is gone (Payload deletes a job that
   * completed; one cut short stays, marked as processing), and the deliveries logged.
   */
  const deliveryJobs = async (dataDir: string) => {
    const client = createClient({ url: `file:${path.join(dataDir, 'toasoan.db')}` })
    try {
      const jobs = await client.execute(
        `SELECT processing FROM payload_jobs WHERE task_slug = 'webhooksDeliver'`,
      )
      const deliveries = await client.execute('SELECT is_delivered FROM webhook_deliveries')
      return {
        processing: jobs.rows.map((row) => Number(row.processing)),
        delivered: deliveries.rows.map((row) => Number(row.is_delivered)),
      }
    } finally {
      client.close()
    }
  }

  /** Whether the process is still there after `ms`. */
  const isRunningAfter = (exited: Promise<unknown>, ms: number) =>
    Promise.race([exited.then(() => false), sleep(ms).then(() => true)])

  it('should let the running job finish, then exit 0', async () => {
    const { dataDir, receiver, server } = await withHangingDelivery()
    const exited = server.stop()
    // Closed to new requests, still running: the delivery is in flight.
    expect(await isRunningAfter(exited, 1_000)).toBe(true)
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
    receiver.release()
    expect(await exited).toBe(0)
    expect(await deliveryJobs(dataDir)).toEqual({ processing: [], delivered: [1] })
  })

  it('should stop with 1 when the job outlasts SHUTDOWN_TIMEOUT_SECONDS', async () => {
    const { dataDir, server } = await withHangingDelivery({ SHUTDOWN_TIMEOUT_SECONDS: '2' })
    const started = Date.now()
    expect(await server.stop()).toBe(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900)
    expect(server.output()).toContain('Shutdown took longer than 2 s')
    // Left for the next start, which hands it back to the queue (plugins/webhooks).
    expect(await deliveryJobs(dataDir)).toEqual({ processing: [1], delivered: [] })
  })
})
