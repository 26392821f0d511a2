import { REST_GET } from '@payloadcms/next/routes'
import {
  BasePayload,
  buildConfig,
  type CollectionSlug,
  type Payload,
  type TypedUser,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseFromUri } from '@/database/databaseFromUri'
import { newsroomPlugin, transition } from '@plugins/newsroom'

import { TEST_PASSWORD } from '../helpers/users'

/**
 * The newsroom plugin in a project that is not this app: other slugs, other role names, three
 * stages of its own, and stamps keyed to them. Nothing here may need the app's defaults.
 */
const slug = (name: string) => name as CollectionSlug

/** A database of its own beside the suite's: another SQLite file, or another MongoDB database. */
const foreignUri = (uri: string) => {
  if (uri.startsWith('file:')) return uri.replace(/\.db$/, '-foreign.db')
  const url = new URL(uri)
  url.pathname = `${url.pathname}_foreign`
  return url.toString()
}

const foreignConfig = buildConfig({
  secret: 'foreign-newsroom-secret',
  db: databaseFromUri(foreignUri(process.env.DATABASE_URI as string)).adapter,
  telemetry: false,
  typescript: { autoGenerate: false },
  admin: { user: 'staff' },
  collections: [
    {
      slug: 'staff',
      auth: true,
      fields: [
        { name: 'displayName', type: 'text' },
        {
          name: 'duties',
          type: 'select',
          hasMany: true,
          options: ['desk', 'boss', 'owner', 'writer'],
        },
      ],
    },
    {
      slug: 'stories',
      versions: { drafts: true },
      fields: [
        { name: 'headline', type: 'text' },
        { name: 'goesLiveAt', type: 'date' },
        { name: 'views', type: 'number' },
      ],
    },
  ],
  plugins: [
    newsroomPlugin({
      collections: [slug('stories')],
      usersCollection: slug('staff'),
      rolesField: 'duties',
      userNameField: 'displayName',
      adminRole: 'owner',
      authorField: 'writtenBy',
      publishAtField: 'goesLiveAt',
      eventsCollection: slug('story-history'),
      contributorsCollection: slug('freelancers'),
      mediaCollection: slug('pictures'),
      contributorManagerRoles: ['desk'],
      royaltyManagerRoles: ['boss'],
      notifications: false,
      scheduler: { queue: 'stories', autoRunCron: false },
      stages: [
        { value: 'writing', label: { vi: 'Đang viết', en: 'Writing' }, color: '#999' },
        { value: 'checked', label: { vi: 'Đã kiểm', en: 'Checked' }, color: '#66c' },
        { value: 'live', label: { vi: 'Lên trang', en: 'Live' }, color: '#6c6' },
      ],
      publishedStage: 'live',
      transitions: [
        {
          from: ['writing'],
          to: 'checked',
          label: { vi: 'Kiểm xong', en: 'Check' },
          actors: ['desk'],
        },
        {
          from: ['checked'],
          to: 'live',
          label: { vi: 'Đưa lên', en: 'Go live' },
          actors: ['boss'],
        },
        {
          from: ['checked'],
          to: 'writing',
          label: { vi: 'Viết lại', en: 'Rewrite' },
          actors: ['desk', 'boss'],
          requiresNote: true,
        },
      ],
      editableBy: { writing: ['author'], checked: ['desk'] },
      stamps: {
        checked: {
          by: 'checkedBy',
          at: 'checkedAt',
          label: {
            by: { vi: 'Người kiểm', en: 'Checked by' },
            at: { vi: 'Kiểm lúc', en: 'Checked at' },
          },
        },
        live: {
          by: 'liveBy',
          at: 'liveAt',
          label: {
            by: { vi: 'Người đưa lên', en: 'Put live by' },
            at: { vi: 'Lên lúc', en: 'Live at' },
          },
        },
      },
      royalties: {
        baseValue: 1_000,
        currency: 'XTS',
        genres: [{ value: 'story', label: { vi: 'Tin', en: 'Story' }, min: 1, max: 3 }],
      },
    }),
  ],
})

let payload: Payload
const people: Record<'writer' | 'desk' | 'boss', TypedUser> = {} as never

const createPerson = async (duty: keyof typeof people) => {
  const person = await payload.create({
    collection: slug('staff'),
    data: {
      email: `${duty}@foreign.test`,
      password: TEST_PASSWORD,
      displayName: duty,
      duties: [duty],
    } as never,
  })
  return { ...person, collection: 'staff' } as unknown as TypedUser
}

const story = (id: string) =>
  payload.findByID({ collection: slug('stories'), id, depth: 0 }) as unknown as Promise<
    Record<string, unknown>
  >

/** GET through the REST handler Next would serve this config from, as the given person. */
const restGet = async (path: string, duty: keyof typeof people) => {
  const { token } = await payload.login({
    collection: slug('staff'),
    data: { email: `${duty}@foreign.test`, password: TEST_PASSWORD },
  })
  const url = new URL(`http://localhost/api${path}`)
  const response = await REST_GET(foreignConfig)(
    new Request(url, { headers: { Authorization: `JWT ${token}` } }),
    {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    },
  )
  return { status: response.status, json: await response.json() }
}

beforeAll(async () => {
  payload = await new BasePayload().init({ config: foreignConfig })
  for (const duty of ['writer', 'desk', 'boss'] as const) people[duty] = await createPerson(duty)
})

afterAll(async () => {
  const connection = (payload.db as { connection?: { dropDatabase: () => Promise<unknown> } })
    .connection
  if (connection) await connection.dropDatabase()
  await payload.destroy()
})

describe('the newsroom plugin in a foreign project', () => {
  it('should start a new document in the first configured stage, authored by its creator', async () => {
    const { id } = await payload.create({
      collection: slug('stories'),
      data: { headline: 'Một' } as never,
      user: people.writer,
      overrideAccess: false,
    })
    expect(await story(String(id))).toMatchObject({
      workflowStage: 'writing',
      writtenBy: people.writer.id,
      _status: 'draft',
    })
  })

  it('should move a document only as the configured roles may, stamping the configured stages', async () => {
    const { id } = await payload.create({
      collection: slug('stories'),
      data: { headline: 'Hai', goesLiveAt: '2025-03-10T03:00:00.000Z' } as never,
      user: people.writer,
      overrideAccess: false,
    })
    const move = (to: string, user: TypedUser) =>
      transition({ payload, collection: slug('stories'), id, to, user })

    await expect(move('checked', people.writer)).rejects.toMatchObject({ status: 403 })
    await expect(move('live', people.boss)).rejects.toMatchObject({ status: 409 })
    await move('checked', people.desk)
    await move('live', people.boss)

    expect(await story(String(id))).toMatchObject({
      workflowStage: 'live',
      _status: 'published',
      checkedBy: people.desk.id,
      checkedAt: expect.any(String),
      liveBy: people.boss.id,
      liveAt: expect.any(String),
    })
    const { docs: history } = await payload.find({
      collection: slug('story-history'),
      where: { documentId: { equals: String(id) } },
      sort: 'sequence',
      depth: 0,
    })
    expect(
      (history as unknown as Record<string, unknown>[]).map((event) => [
        event.fromStage,
        event.toStage,
        event.actor,
      ]),
    ).toEqual([
      ['writing', 'checked', people.desk.id],
      ['checked', 'live', people.boss.id],
    ])
  })

  it('should keep the contributor register for the configured roles only', async () => {
    const data = { name: 'Cộng tác viên ngoài' } as never
    await expect(
      payload.create({
        collection: slug('freelancers'),
        data,
        user: people.writer,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const freelancer = await payload.create({
      collection: slug('freelancers'),
      data,
      user: people.desk,
      overrideAccess: false,
    })
    expect(freelancer).toMatchObject({ name: 'Cộng tác viên ngoài', unit: null })
  })

  it('should pay royalties as the configured royalty managers decide, each person seeing their own', async () => {
    const { id } = await payload.create({
      collection: slug('stories'),
      data: { headline: 'Ba', goesLiveAt: '2025-04-02T03:00:00.000Z', views: 7 } as never,
      user: people.writer,
      overrideAccess: false,
    })
    await transition({ payload, collection: slug('stories'), id, to: 'checked', user: people.desk })
    await transition({ payload, collection: slug('stories'), id, to: 'live', user: people.boss })
    const line = {
      document: { relationTo: 'stories', value: id },
      payee: { relationTo: 'staff', value: people.writer.id },
      genre: 'story',
      coefficient: 2,
    } as never
    await expect(
      payload.create({
        collection: slug('royalty-lines'),
        data: line,
        user: people.desk,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(
      await payload.create({
        collection: slug('royalty-lines'),
        data: line,
        user: people.boss,
        overrideAccess: false,
      }),
    ).toMatchObject({ amount: 2_000 })

    const forBoss = await restGet('/newsroom/royalties?from=2025-04-01&to=2025-04-30', 'boss')
    expect(forBoss).toMatchObject({ status: 200, json: { currency: 'XTS', baseValue: 1_000 } })
    expect(forBoss.json.rows).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ key: `staff:${people.writer.id}`, name: 'writer' }),
        articles: 1,
        views: 7,
        royaltyTotal: 2_000,
        royaltyLines: 1,
      }),
    ])
    expect(
      (await restGet('/newsroom/royalties?from=2025-04-01&to=2025-04-30', 'desk')).json.rows,
    ).toEqual([])
    expect(
      (await restGet('/newsroom/royalties?from=2025-04-01&to=2025-04-30', 'writer')).json.rows,
    ).toHaveLength(1)
  })
})
