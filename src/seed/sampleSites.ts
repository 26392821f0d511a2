import { sampleSiteSettings } from './sampleContent'

export type SiteKey = 'tinh' | 'thanhPho'

type SampleSite = {
  name: string
  /** Host names it answers on; the `localhost` aliases let one machine open both portals. */
  hosts: string[]
  parent?: SiteKey
  settings: {
    responsibleAgency: string
    address: string
    phone?: string
    email: string
    footerText: string
  }
}

/**
 * The two portals of the sample installation: the province's, and the city's beneath it. Four
 * of the five sample articles come from the city portal, one from the provincial portal. What a
 * portal leaves out of its settings it prints from its parent, else from the global.
 */
export const sampleSites: Record<SiteKey, SampleSite> = {
  tinh: {
    name: sampleSiteSettings.name,
    hosts: ['backan.gov.vn', 'www.backan.gov.vn', 'localhost', '127.0.0.1'],
    // Its phone is the installation's default (the site settings global), which the city
    // inherits as well.
    settings: {
      responsibleAgency: sampleSiteSettings.responsibleAgency,
      address: sampleSiteSettings.address,
      email: sampleSiteSettings.email,
      footerText: sampleSiteSettings.footerText,
    },
  },
  thanhPho: {
    name: 'Trang thông tin điện tử thành phố Bắc Kạn',
    hosts: ['thanhpho.backan.gov.vn', 'thanhpho.localhost'],
    parent: 'tinh',
    settings: {
      responsibleAgency: 'Văn phòng HĐND và UBND thành phố Bắc Kạn',
      address: 'Thành phố Bắc Kạn, tỉnh Bắc Kạn',
      email: 'thanhpho@toasoan.example',
      footerText:
        'Trang thông tin mẫu của toasoan. Ghi rõ nguồn “Trang thông tin điện tử thành phố Bắc Kạn” khi phát hành lại thông tin từ trang này.',
    },
  },
}

/** The account with roles on both portals: the province's editor, the city's editor-in-chief. */
export const sampleTwoSiteEditor = {
  fullName: 'Hoàng Thu Trang',
  email: 'hoang.thu.trang@toasoan.example',
  sites: [
    { site: 'tinh', roles: ['editor'] },
    { site: 'thanhPho', roles: ['editorInChief'] },
  ] as const satisfies { site: SiteKey; roles: string[] }[],
}
