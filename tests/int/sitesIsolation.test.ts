import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { siteRoles } from '@/access/roles'
import { vietnamDay } from '@/lib/vietnamTime'
import { placeholderPhoto } from '@/seed/placeholderMedia'
import { transition } from '@plugins/newsroom'

import { graphql, login, rest } from '../helpers/http'
import { testPayload } from '../helpers/payload'
import { createSiteUser, createUser, TEST_PASSWORD } from '../helpers/users'
import { placeInStage } from '../helpers/workflow'

type Account = Awaited<ReturnType<typeof createUser>>

let payload: Payload
let province: string
let city: string
let provinceReporter: Account
let provinceChief: Account
let cityChief: Account
/** Editor-in-chief of the city, reporter of the province. */
let both: Account
let provinceDraft: string
let provinceSubmitted: string
let provinceEdited: string
let provincePublished: string
let cityEdited: string
let cityPublished: string
let provinceLine: string
let provinceEvent: string
const cityAccounts: { role: string; user: Account; token: string }[] = []

const line = (document: string, payee: string) => ({
  document: { relationTo: 'articles' as const, value: document },
  payee: { relationTo: 'users' as const, value: payee },
  genre: 'news' as const,
  coefficient: 2,
})

const article = async (site: string, title: string, createdBy?: string) =>
  (await payload.create({ collection: 'articles', data: { title, site, createdBy }, depth: 0 })).id

beforeAll(async () => {
  payload = await testPayload()
  await createUser(payload, ['admin'])
  province = (
    await payload.create({
      collection: 'sites',
      data: { name: 'Cổng TTĐT tỉnh thử', languages: ['vi'] },
    })
  ).id
  city = (
    await payload.create({
      collection: 'sites',
      data: { name: 'Trang TTĐT thành phố thử', parent: province, languages: ['vi'] },
    })
  ).id
  provinceReporter = await createSiteUser(payload, [{ site: province, roles: ['reporter'] }])
  provinceChief = await createSiteUser(payload, [{ site: province, roles: ['editorInChief'] }])
  cityChief = await createSiteUser(payload, [{ site: city, roles: ['editorInChief'] }])
  both = await createSiteUser(payload, [
    { site: city, roles: ['editorInChief'] },
    { site: province, roles: ['reporter'] },
  ])
  for (const role of siteRoles) {
    const user = await createSiteUser(payload, [{ site: city, roles: [role] }], `Thành phố ${role}`)
    cityAccounts.push({ role, user, token: await login(user.email, TEST_PASSWORD) })
  }

  provinceDraft = await article(province, 'Bản nháp của tỉnh', provinceReporter.id)
  provinceSubmitted = await article(province, 'Bài tỉnh chờ biên tập', provinceReporter.id)
  await placeInStage(payload, provinceSubmitted, 'submitted')
  provinceEdited = await article(province, 'Bài tỉnh chờ duyệt')
  await placeInStage(payload, provinceEdited, 'edited')
  provincePublished = await article(province, 'Bài tỉnh đã đăng', provinceReporter.id)
  await placeInStage(payload, provincePublished, 'published')
  cityEdited = await article(city, 'Bài thành phố chờ duyệt')
  await placeInStage(payload, cityEdited, 'edited')
  cityPublished = await article(city, 'Bài thành phố đã đăng')
  await placeInStage(payload, cityPublished, 'published')

  provinceLine = (
    await payload.create({
      collection: 'royalty-lines',
      data: line(provincePublished, provinceReporter.id),
      user: provinceChief,
      overrideAccess: false,
    })
  ).id
  const events = await payload.find({
    collection: 'workflow-events',
    where: { documentId: { equals: provinceSubmitted } },
    depth: 0,
  })
  provinceEvent = events.docs[0].id
})

describe('a city role on provincial content', () => {
  it('should give the history, royalty lines and comments their document’s site', async () => {
    const event = await payload.findByID({ collection: 'workflow-events', id: provinceEvent })
    const royaltyLine = await payload.findByID({ collection: 'royalty-lines', id: provinceLine })
    expect([event.site, royaltyLine.site].map((site) => (site as { id: string }).id)).toEqual([
      province,
      province,
    ])
  })

  it('should read no provincial draft, event, royalty line or account over REST', async () => {
    for (const { token } of cityAccounts) {
      const statuses = await Promise.all(
        [
          `/articles/${provinceDraft}?draft=true`,
          `/articles/${provinceSubmitted}?draft=true`,
          `/workflow-events/${provinceEvent}`,
          `/royalty-lines/${provinceLine}`,
          `/users/${provinceReporter.id}`,
        ].map(async (path) => (await rest('GET', path, { token })).status),
      )
      expect(statuses).toEqual([404, 404, 404, 404, 404])
    }
  })

  it('should list no provincial document over REST', async () => {
    for (const { token } of cityAccounts) {
      const lists = await Promise.all(
        ['/articles?draft=true&limit=100', '/royalty-lines', '/workflow-events', '/users'].map(
          async (path) => (await rest('GET', path, { token })).json.docs as { id: string }[],
        ),
      )
      const ids = lists.flat().map(({ id }) => id)
      expect(ids).not.toContain(provinceDraft)
      expect(ids).not.toContain(provincePublished)
      expect(ids).not.toContain(provinceLine)
      expect(ids).not.toContain(provinceEvent)
      expect(ids).not.toContain(provinceReporter.id)
    }
  })

  it('should read no provincial draft or account over GraphQL', async () => {
    for (const { token } of cityAccounts) {
      const { json } = await graphql(
        `{ Article(id: "${provinceDraft}", draft: true) { id }
           Articles(draft: true, limit: 100) { docs { id } }
           User(id: "${provinceReporter.id}") { id }
           Users(limit: 100) { docs { id } } }`,
        { token },
      )
      expect(json.data?.Article ?? null).toBeNull()
      expect(json.data?.User ?? null).toBeNull()
      const ids = [...(json.data?.Articles?.docs ?? []), ...(json.data?.Users?.docs ?? [])].map(
        ({ id }: { id: string }) => id,
      )
      expect(ids).not.toContain(provinceDraft)
      expect(ids).not.toContain(provinceReporter.id)
    }
  })

  it('should read nothing provincial through the Local API as the user', async () => {
    for (const { user } of cityAccounts) {
      const reads = [
        payload.findByID({
          collection: 'articles',
          id: provinceDraft,
          draft: true,
          user,
          overrideAccess: false,
        }),
        payload.findByID({
          collection: 'royalty-lines',
          id: provinceLine,
          user,
          overrideAccess: false,
        }),
        payload.findByID({
          collection: 'users',
          id: provinceReporter.id,
          user,
          overrideAccess: false,
        }),
      ]
      for (const read of reads) await expect(read).rejects.toMatchObject({ status: 404 })
    }
  })

  it('should change no provincial draft, royalty line or account', async () => {
    for (const { token } of cityAccounts) {
      const writes = await Promise.all([
        rest('PATCH', `/articles/${provinceDraft}?draft=true`, { token, body: { title: 'Đổi' } }),
        rest('PATCH', `/royalty-lines/${provinceLine}`, { token, body: { coefficient: 9 } }),
        rest('PATCH', `/users/${provinceReporter.id}`, { token, body: { fullName: 'Đổi' } }),
        rest('DELETE', `/articles/${provinceDraft}`, { token }),
        rest('POST', `/articles/${provinceSubmitted}/transition`, {
          token,
          body: { to: 'edited' },
        }),
      ])
      for (const { status } of writes) expect([403, 404]).toContain(status)
    }
    const [draft, stored, reporter] = await Promise.all([
      payload.findByID({ collection: 'articles', id: provinceDraft, draft: true }),
      payload.findByID({ collection: 'royalty-lines', id: provinceLine }),
      payload.findByID({ collection: 'users', id: provinceReporter.id }),
    ])
    expect([draft.title, stored.coefficient, reporter.fullName]).toEqual([
      'Bản nháp của tỉnh',
      2,
      provinceReporter.fullName,
    ])
  })

  it('should change no provincial draft over GraphQL', async () => {
    for (const { token } of cityAccounts) {
      const { json } = await graphql(
        `mutation { updateArticle(id: "${provinceDraft}", data: { title: "Đổi" }, draft: true) { id } }`,
        { token },
      )
      expect([403, 404]).toContain(json.errors[0].extensions.statusCode)
    }
  })

  it('should keep the province’s editorial comments to the province', async () => {
    const comment = await payload.create({
      collection: 'editorial-comments',
      data: { article: provinceSubmitted, text: 'Bổ sung ý kiến của Sở' },
      user: provinceChief,
      overrideAccess: false,
    })
    expect((comment.site as { id: string }).id).toBe(province)
    for (const { token } of cityAccounts) {
      const { json } = await rest('GET', '/editorial-comments', { token })
      expect((json.docs as { id: string }[]).map(({ id }) => id)).not.toContain(comment.id)
      const { status } = await rest('POST', '/editorial-comments', {
        token,
        body: { article: provinceSubmitted, text: 'Bình luận lạc cổng' },
      })
      expect([403, 404]).toContain(status)
    }
  })

  it('should keep provincial work out of every city queue', async () => {
    for (const { token } of cityAccounts) {
      const { json } = await rest('GET', '/newsroom/queue', { token })
      const ids = (json.items as { id: string }[]).map(({ id }) => id)
      expect(ids).not.toContain(provinceSubmitted)
      expect(ids).not.toContain(provinceEdited)
    }
  })
})

describe('a user with roles on two sites', () => {
  it('should approve as the city’s editor-in-chief and not as the province’s reporter', async () => {
    await expect(
      transition({
        payload,
        collection: 'articles',
        id: provinceEdited,
        to: 'approved',
        user: both,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const approved = await transition({
      payload,
      collection: 'articles',
      id: cityEdited,
      to: 'approved',
      user: both,
    })
    expect(approved.to).toBe('approved')
  })

  it('should edit the city’s approved article and not the province’s submitted one', async () => {
    const edited = await payload.update({
      collection: 'articles',
      id: cityEdited,
      data: { title: 'Sửa ở thành phố' },
      user: both,
      overrideAccess: false,
    })
    expect(edited.title).toBe('Sửa ở thành phố')
    await expect(
      payload.update({
        collection: 'articles',
        id: provinceSubmitted,
        data: { title: 'Sửa ở tỉnh' },
        user: both,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should queue the city’s work for approval, not the province’s', async () => {
    const token = await login(both.email, TEST_PASSWORD)
    const waiting = await article(city, 'Bài thành phố mới chờ duyệt')
    await placeInStage(payload, waiting, 'edited')
    const { json } = await rest('GET', '/newsroom/queue', { token })
    const ids = (json.items as { id: string }[]).map(({ id }) => id)
    expect(ids).toContain(waiting)
    expect(ids).not.toContain(provinceEdited)
  })

  it('should offer assignees by their roles on the article’s own site', async () => {
    const token = await login(both.email, TEST_PASSWORD)
    const submitted = await article(city, 'Bài thành phố chờ biên tập')
    await placeInStage(payload, submitted, 'submitted')
    const { json } = await rest('GET', `/articles/${submitted}/workflow`, { token })
    const { rolesOfPeople } = json.assignable as { rolesOfPeople: Record<string, string[]> }
    expect([
      rolesOfPeople[both.id],
      rolesOfPeople[cityChief.id],
      rolesOfPeople[provinceReporter.id],
    ]).toEqual([['editorInChief'], ['editorInChief'], []])
  })

  it('should record royalties on the city’s articles only', async () => {
    const cityLine = await payload.create({
      collection: 'royalty-lines',
      data: line(cityPublished, both.id),
      user: both,
      overrideAccess: false,
    })
    expect((cityLine.site as { id: string }).id).toBe(city)
    await expect(
      payload.create({
        collection: 'royalty-lines',
        data: line(provincePublished, both.id),
        user: both,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('royalties per site', () => {
  it('should close a month on one site and leave it open on the other', async () => {
    const month = new Date().toISOString().slice(0, 7)
    await payload.create({
      collection: 'royalty-periods',
      data: { month, site: province },
      user: provinceChief,
      overrideAccess: false,
    })
    await expect(
      payload.update({
        collection: 'royalty-lines',
        id: provinceLine,
        data: { coefficient: 3 },
        user: provinceChief,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 409 })
    const cityLine = await payload.create({
      collection: 'royalty-lines',
      data: line(cityPublished, cityChief.id),
      user: cityChief,
      overrideAccess: false,
    })
    expect(cityLine.amount).toBeGreaterThan(0)
    const cityMonth = await payload.create({
      collection: 'royalty-periods',
      data: { month, site: city },
      user: cityChief,
      overrideAccess: false,
    })
    expect(cityMonth.month).toBe(month)
  })

  it('should let no editor-in-chief close another site’s month', async () => {
    await expect(
      payload.create({
        collection: 'royalty-periods',
        data: { month: '2020-01', site: province },
        user: cityChief,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('should report a site’s royalties to its own editor-in-chief only', async () => {
    const token = await login(cityChief.email, TEST_PASSWORD)
    // Today in Vietnam, as the report reads its days (UTC's is a day behind after 17:00).
    const day = vietnamDay(new Date())
    const { json } = await rest('GET', `/newsroom/royalties?from=2000-01-01&to=${day}`, { token })
    const people = (json.rows as { person: { key: string } }[]).map(({ person }) => person.key)
    expect(people).toContain(`users:${cityChief.id}`)
    expect(people).not.toContain(`users:${provinceReporter.id}`)
  })
})

describe('a site’s admin', () => {
  let siteAdmin: Account

  beforeAll(async () => {
    siteAdmin = await createSiteUser(payload, [{ site: province, roles: ['siteAdmin'] }])
  })

  it('should create an account on their site, with no roles on every site', async () => {
    const created = await payload.create({
      collection: 'users',
      data: {
        email: 'phong-vien-moi@tinh.test',
        fullName: 'Phóng viên mới',
        sites: [{ site: province, roles: ['reporter'] }],
        roles: ['admin'],
      },
      user: siteAdmin,
      overrideAccess: false,
    })
    expect(created.roles ?? []).toEqual([])
    expect(created.sites?.map(({ roles }) => roles)).toEqual([['reporter']])
  })

  it('should give no roles on another site', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'nguoi-thanh-pho@tinh.test',
          fullName: 'Người của thành phố',
          sites: [{ site: city, roles: ['editor'] }],
        },
        user: siteAdmin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'users',
        id: cityChief.id,
        data: { fullName: 'Đổi tên' },
        user: siteAdmin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should promote a reporter of their site, and only on it', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: provinceReporter.id,
      data: { sites: [{ site: province, roles: ['reporter', 'editor'] }] },
      user: siteAdmin,
      overrideAccess: false,
    })
    expect(updated.sites?.map(({ roles }) => roles)).toEqual([['reporter', 'editor']])
  })

  it('should change and remove no account with roles on every site or on another site', async () => {
    const globalEditor = await createUser(payload, ['editor'])
    await payload.update({
      collection: 'users',
      id: globalEditor.id,
      data: { sites: [{ site: province, roles: ['reporter'] }] },
    })
    await expect(
      payload.update({
        collection: 'users',
        id: globalEditor.id,
        data: { password: 'mật-khẩu-của-quản-trị-cổng' },
        user: siteAdmin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'users', id: both.id, user: siteAdmin, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should leave sites and users of every site to the installation’s admin', async () => {
    const admin = await createUser(payload, ['admin'])
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { id: { in: [provinceReporter.id, cityChief.id] } },
      user: admin,
      overrideAccess: false,
    })
    expect(totalDocs).toBe(2)
    await expect(
      payload.create({
        collection: 'sites',
        data: { name: 'Cổng của quản trị cổng', languages: ['vi'] },
        user: siteAdmin,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('slugs and media per site', () => {
  it('should allow the same category slug on two sites, not twice on one', async () => {
    const onProvince = await payload.create({
      collection: 'categories',
      data: { name: 'Tin tức', slug: 'tin-tuc', site: province },
    })
    const onCity = await payload.create({
      collection: 'categories',
      data: { name: 'Tin tức', slug: 'tin-tuc', site: city },
    })
    expect([onProvince.slug, onCity.slug]).toEqual(['tin-tuc', 'tin-tuc'])
    await expect(
      payload.create({
        collection: 'categories',
        data: { name: 'Tin tức', slug: 'tin-tuc', site: city },
      }),
    ).rejects.toThrow()
  })

  it('should let a city article use the province’s photos, and not the other way round', async () => {
    const photo = async (site: string, name: string) => {
      const data = await placeholderPhoto(120)
      return (
        await payload.create({
          collection: 'media',
          data: { alt: name, site },
          file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
        })
      ).id
    }
    const provincePhoto = await photo(province, 'anh-tinh')
    const cityPhoto = await photo(city, 'anh-thanh-pho')
    const cityArticle = await payload.create({
      collection: 'articles',
      data: { title: 'Ảnh của tỉnh trong bài thành phố', site: city, featuredImage: provincePhoto },
    })
    expect(cityArticle.featuredImage).toMatchObject({ id: provincePhoto })
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: 'Ảnh thành phố trong bài tỉnh', site: province, featuredImage: cityPhoto },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('should make an article’s slug free within its own site', async () => {
    const first = await payload.create({
      collection: 'articles',
      data: { title: 'Họp báo thường kỳ', site: province },
    })
    const second = await payload.create({
      collection: 'articles',
      data: { title: 'Họp báo thường kỳ', site: city },
    })
    const third = await payload.create({
      collection: 'articles',
      data: { title: 'Họp báo thường kỳ', site: city },
    })
    expect([first.slug, second.slug, third.slug]).toEqual([
      'hop-bao-thuong-ky',
      'hop-bao-thuong-ky',
      'hop-bao-thuong-ky-2',
    ])
  })
})
