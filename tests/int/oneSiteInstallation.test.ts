import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer, type ApiServer } from '../helpers/apiServer'
import { closeTestPayload, testPayload } from '../helpers/payload'
import { renderSiteChrome } from '../helpers/siteChrome'

/**
 * A one-site installation (issue 12): the admins edit only the site settings global, and the
 * portal's header and footer print it, read over real HTTP from the API. The site itself is made
 * on first need and never named.
 */
let payload: Payload
let api: ApiServer

beforeAll(async () => {
  payload = await testPayload()
  api = await startApiServer()
  process.env.PORTAL_API_URL = api.url
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      name: 'Trang thông tin điện tử xã Nam Cường',
      address: 'Thôn Nà Khoang, xã Nam Cường',
      phone: '0209 3888 111',
      footerText: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
    },
  })
  // The first category, written without a site, makes the installation's site.
  await payload.create({ collection: 'categories', data: { name: 'Tin tức' } })
})

afterAll(async () => {
  delete process.env.PORTAL_API_URL
  await api.close()
  await closeTestPayload()
})

describe('a one-site installation', () => {
  it("should print the site settings' name, address, phone and footer in the header and footer", async () => {
    const { html, categories } = await renderSiteChrome('vi')
    expect(html).toContain(
      '<span class="site-header__name">Trang thông tin điện tử xã Nam Cường</span>',
    )
    expect(html).toContain('Đường dây nóng: 0209 3888 111')
    expect(html).toContain('Địa chỉ: Thôn Nà Khoang, xã Nam Cường')
    expect(html).toContain('Ghi rõ nguồn khi phát hành lại thông tin từ trang này.')
    expect(categories.map((category) => category.name)).toEqual(['Tin tức'])
  })
})
