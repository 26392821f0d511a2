import { existsSync, readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'

import type { Media } from '@/payload-types'

import { startS3Bucket, type S3Bucket } from '../helpers/s3Bucket'
import { TEST_PASSWORD } from '../helpers/users'

/**
 * Media in an S3 bucket (src/lib/storage/mediaStorage.ts) against a real S3-protocol server:
 * the app is configured by environment only, as a deployer would, before its config is loaded.
 */
type Route = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
let bucket: S3Bucket
let payload: Payload
let routes: { GET: Route; POST: Route; DELETE: Route }
let token: string
let publicURL: string

const call = (route: Route, path: string, init: RequestInit = {}) => {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return route(new Request(url, init), { params: Promise.resolve({ slug }) })
}

/** A 1800×1200 JPEG: large enough for every size the media collection makes. */
const photo = () =>
  sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#b22222' } })
    .jpeg()
    .toBuffer()

const upload = async (filename: string, bytes: Buffer, data: Record<string, unknown> = {}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), filename)
  form.append('_payload', JSON.stringify({ alt: 'Quang cảnh hội nghị', ...data }))
  const response = await call(routes.POST, '/media', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  const json = (await response.json()) as { doc: Media }
  expect(response.status, JSON.stringify(json)).toBe(201)
  // Gone from the database even when the test fails before its own delete.
  onTestFinished(() =>
    payload
      .delete({ collection: 'media', where: { id: { equals: json.doc.id } } })
      .then(() => undefined),
  )
  return json.doc
}

const remove = async (id: string) => {
  const response = await call(routes.DELETE, `/media/${id}`, {
    method: 'DELETE',
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status).toBe(200)
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

beforeAll(async () => {
  bucket = await startS3Bucket()
  publicURL = `${bucket.endpoint}/${bucket.bucket}`
  Object.assign(process.env, bucket.env, { S3_PREFIX: 'toasoan-thu', S3_PUBLIC_URL: publicURL })
  // Only now, with the settings in place: the config reads them when it is built.
  const [{ REST_GET, REST_POST, REST_DELETE }, { default: config }, { testPayload }, users] =
    await Promise.all([
      import('@payloadcms/next/routes'),
      import('@payload-config'),
      import('../helpers/payload'),
      import('../helpers/users'),
    ])
  routes = { GET: REST_GET(config), POST: REST_POST(config), DELETE: REST_DELETE(config) }
  payload = await testPayload()
  const editor = await users.createUser(payload, ['editor'])
  const login = await call(routes.POST, '/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: TEST_PASSWORD }),
  })
  token = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await bucket?.close()
})

describe('media in an S3 bucket', () => {
  it('should put an upload and its sizes in the bucket under S3_PREFIX, serve them, and delete them with it', async () => {
    const original = await photo()
    const doc = await upload('hoi-nghi.jpg', original)

    expect(await bucket.keys()).toEqual([
      'toasoan-thu/hoi-nghi-1600x1067.jpg',
      'toasoan-thu/hoi-nghi-400x300.jpg',
      'toasoan-thu/hoi-nghi-768x512.jpg',
      'toasoan-thu/hoi-nghi.jpg',
    ])
    // Nothing on the local media folder: the bucket is the only copy.
    const mediaDir = process.env.MEDIA_DIR as string
    expect(existsSync(mediaDir) ? readdirSync(mediaDir) : []).toEqual([])

    // Through the app, as an anonymous reader, with the collection's own response headers.
    const served = await call(routes.GET, '/media/file/hoi-nghi.jpg')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await bytesOf(served)).equals(original)).toBe(true)
    const thumbnail = await call(routes.GET, '/media/file/hoi-nghi-400x300.jpg')
    expect(await sharp(await bytesOf(thumbnail)).metadata()).toMatchObject({
      width: 400,
      height: 300,
    })

    // The document's URLs are the public address of the objects, and they answer there.
    const read = await call(routes.GET, `/media/${doc.id}`)
    const anonymous = (await read.json()) as Media
    expect(anonymous.url).toBe(`${publicURL}/toasoan-thu/hoi-nghi.jpg`)
    expect(anonymous.sizes?.card?.url).toBe(`${publicURL}/toasoan-thu/hoi-nghi-768x512.jpg`)
    expect((await bytesOf(await fetch(anonymous.url as string))).equals(original)).toBe(true)

    await remove(doc.id)
    expect(await bucket.keys()).toEqual([])
    expect((await call(routes.GET, '/media/file/hoi-nghi.jpg')).status).toBe(404)
  })

  it("should nest a document's own prefix beneath S3_PREFIX (composite prefixes)", async () => {
    const original = await photo()
    const doc = await upload('ky-hop.jpg', original, { prefix: 'nam-2026' })

    expect(doc.prefix).toBe('nam-2026')
    expect(await bucket.keys()).toEqual([
      'toasoan-thu/nam-2026/ky-hop-1600x1067.jpg',
      'toasoan-thu/nam-2026/ky-hop-400x300.jpg',
      'toasoan-thu/nam-2026/ky-hop-768x512.jpg',
      'toasoan-thu/nam-2026/ky-hop.jpg',
    ])
    const anonymous = (await (await call(routes.GET, `/media/${doc.id}`)).json()) as Media
    expect(anonymous.url).toBe(`${publicURL}/toasoan-thu/nam-2026/ky-hop.jpg`)
    const served = await call(routes.GET, '/media/file/ky-hop.jpg?prefix=nam-2026')
    expect((await bytesOf(served)).equals(original)).toBe(true)

    await remove(doc.id)
    expect(await bucket.keys()).toEqual([])
  })
})
