import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBranding } from '@/branding/siteBranding'

import { startApiServer, type ApiServer } from '../helpers/apiServer'
import { graphql, rest } from '../helpers/http'
import { closeTestPayload, testPayload } from '../helpers/payload'
import { renderSiteChrome } from '../helpers/siteChrome'
import { createUser, TEST_PASSWORD } from '../helpers/users'

/**
 * What a site prints: its own settings, else its parent's (a ward its city's, a city its
 * province's), else the installation's defaults in the `site-settings` global; the API says
 * which values were inherited, the edit view sees only the site's own, and the portal's header
 * and footer print the settings in force.
 */
let payload: Payload
let api: ApiServer
const site: Record<'province' | 'city' | 'ward', string> = { province: '', city: '', ward: '' }

beforeAll(async () => {
  payload = await testPayload()
  api = await startApiServer()
  process.env.PORTAL_API_URL = api.url
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      name: 'Tòa soạn Bắc Kạn',
      phone: '0209 3870 000',
      email: 'chung@backan.example',
      footerText: 'Ghi rõ nguồn khi phát hành lại.',
    },
  })
  site.province = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Cổng TTĐT tỉnh Bắc Kạn',
        languages: ['vi', 'en'],
        hosts: [{ host: 'backan.example' }],
        settings: {
          address: 'Số 7, đường Trường Chinh, tỉnh Bắc Kạn',
          responsibleAgency: 'Văn phòng UBND tỉnh Bắc Kạn',
        },
      },
    })
  ).id
  await payload.update({
    collection: 'sites',
    id: site.province,
    locale: 'en',
    data: {
      name: 'Bắc Kạn Provincial Web Portal',
      settings: { address: 'No. 7 Trường Chinh Street, Bắc Kạn Province' },
    },
  })
  site.city = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Trang TTĐT thành phố Bắc Kạn',
        parent: site.province,
        languages: ['vi'],
        hosts: [{ host: 'thanhpho.backan.example' }],
        settings: { email: 'thanhpho@backan.example', footerText: 'Trang của thành phố.' },
      },
    })
  ).id
  site.ward = (
    await payload.create({
      collection: 'sites',
      data: {
        name: 'Trang TTĐT phường Sông Cầu',
        parent: site.city,
        languages: ['vi'],
        hosts: [{ host: 'songcau.backan.example' }],
        settings: { address: 'Phường Sông Cầu, thành phố Bắc Kạn' },
      },
    })
  ).id
})

afterAll(async () => {
  delete process.env.PORTAL_API_URL
  await api.close()
  await closeTestPayload()
})

describe('site settings inherited along the parents', () => {
  it("should print a ward's empty settings from its city, then the province, then the global", async () => {
    const ward = await payload.findByID({ collection: 'sites', id: site.ward, depth: 0 })
    expect(ward.settings).toMatchObject({
      address: 'Phường Sông Cầu, thành phố Bắc Kạn',
      email: 'thanhpho@backan.example',
      footerText: 'Trang của thành phố.',
      responsibleAgency: 'Văn phòng UBND tỉnh Bắc Kạn',
      phone: '0209 3870 000',
    })
    expect([...(ward.inheritedSettings ?? [])].sort()).toEqual([
      'settings.email',
      'settings.footerText',
      'settings.phone',
      'settings.responsibleAgency',
    ])
  })

  it('should show the edit view only the site’s own settings, and keep the rest inherited on save', async () => {
    const admin = await createUser(payload, ['admin'])
    const { json: login } = await rest('POST', '/users/login', {
      body: { email: admin.email, password: TEST_PASSWORD },
    })
    // How Payload's edit view reads and saves a document: no fallback.
    const { json: form } = await rest('GET', `/sites/${site.city}?depth=0&fallback-locale=null`, {
      token: login.token,
    })
    expect([form.settings.phone, form.settings.address, form.inheritedSettings]).toEqual([
      null,
      null,
      [],
    ])
    const { status } = await rest('PATCH', `/sites/${site.city}?depth=0&fallback-locale=null`, {
      token: login.token,
      body: { settings: { ...form.settings, footerText: 'Trang của thành phố Bắc Kạn.' } },
    })
    expect(status).toBe(200)
    await payload.updateGlobal({ slug: 'site-settings', data: { phone: '0209 3999 999' } })
    const city = await payload.findByID({ collection: 'sites', id: site.city, depth: 0 })
    expect([city.settings?.phone, city.settings?.footerText]).toEqual([
      '0209 3999 999',
      'Trang của thành phố Bắc Kạn.',
    ])
  })

  it('should answer GraphQL currentSite with the settings in force and the inherited ones named', async () => {
    const { json } = await graphql(`
      {
        currentSite(host: "thanhpho.backan.example") {
          settings {
            address
            email
            responsibleAgency
          }
          inheritedSettings
        }
      }
    `)
    expect(json.data.currentSite.settings).toEqual({
      address: 'Số 7, đường Trường Chinh, tỉnh Bắc Kạn',
      email: 'thanhpho@backan.example',
      responsibleAgency: 'Văn phòng UBND tỉnh Bắc Kạn',
    })
    expect(json.data.currentSite.inheritedSettings).toContain('settings.address')
    expect(json.data.currentSite.inheritedSettings).not.toContain('settings.email')
  })

  it('should give an anonymous REST reader the inherited settings in their language', async () => {
    const { json } = await rest('GET', `/sites/${site.city}?locale=en&depth=0`)
    expect([json.settings.address, json.settings.email]).toEqual([
      'No. 7 Trường Chinh Street, Bắc Kạn Province',
      'thanhpho@backan.example',
    ])
  })

  it("should give a site the English text of the installation's defaults when it inherits them", async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { name: 'Bắc Kạn newsroom', footerText: 'Please credit the source.' },
    })
    const { json } = await rest('GET', `/sites/${site.province}?locale=en&depth=0`)
    expect([json.settings.footerText, json.inheritedSettings]).toEqual([
      'Please credit the source.',
      ['settings.phone', 'settings.email', 'settings.footerText'],
    ])
  })

  it("should print the site's own address and the installation's phone in the portal's header and footer", async () => {
    // Outside a reader's request the portal shows the installation's first site: the province.
    const { html } = await renderSiteChrome('vi')
    expect(html).toContain('Địa chỉ: Số 7, đường Trường Chinh, tỉnh Bắc Kạn')
    expect(html).toContain('Đường dây nóng: 0209 3999 999')
    expect(html).toContain('Cơ quan chủ quản: Văn phòng UBND tỉnh Bắc Kạn')
    expect(html).toContain('Ghi rõ nguồn khi phát hành lại.')
  })

  it("should populate a logo inherited from the parent, and brand the admin with the switcher's site", async () => {
    const sharp = (await import('sharp')).default
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    const logo = await payload.create({
      collection: 'media',
      data: { alt: 'Logo tỉnh Bắc Kạn', site: site.province },
      file: { data: photo, mimetype: 'image/png', name: 'logo-tinh.png', size: photo.length },
      depth: 0,
    })
    await payload.update({
      collection: 'sites',
      id: site.province,
      data: { settings: { logo: logo.id } },
    })
    const { json } = await rest('GET', `/sites/${site.ward}?depth=1`)
    expect(json.settings.logo.alt).toBe('Logo tỉnh Bắc Kạn')
    expect(json.inheritedSettings).toContain('settings.logo')
    expect(await siteBranding(payload, site.ward)).toEqual({
      name: 'Trang TTĐT phường Sông Cầu',
      logoUrl: json.settings.logo.url,
      iconUrl: json.settings.logo.url,
    })
    expect(await siteBranding(payload, null)).toEqual({ name: 'Tòa soạn Bắc Kạn' })
  })
})
