import { describe, expect, it } from 'vitest'

import type { ArticlePage } from '../types'
import { breadcrumbList, newsArticle } from './structuredData'

const article = {
  id: 'a1',
  title: 'Kiểm điểm tập thể',
  slug: 'kiem-diem-tap-the',
  lead: 'Chiều ngày 30/12…',
  publishedAt: '2020-12-30T11:45:37.000Z',
  updatedAt: '2021-01-02T01:00:00.000Z',
  views: 8093,
  bylineText: 'Bài: Minh Hương – Ảnh: Thành Tâm',
  byline: [
    { role: 'text', displayName: 'Minh Hương' },
    { role: 'photo', displayName: 'Thành Tâm' },
  ],
  category: { id: 'c1', name: 'Hoạt động của lãnh đạo', slug: 'hoat-dong', parent: null },
  featuredImage: {
    id: 'm1',
    alt: 'Đại biểu dự hội nghị',
    caption: 'Đại biểu dự hội nghị',
    captionText: 'Đại biểu dự hội nghị. Ảnh: Thành Tâm',
    credit: 'Thành Tâm',
    url: '/api/media/file/a.jpg',
    width: 1600,
    height: 1067,
  },
} as unknown as ArticlePage

describe('structured data', () => {
  it('should describe a news article with Vietnam-time dates, writers and the photo credit', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://cong.example.vn'
    const data = newsArticle({ article, settings: { name: 'Cổng thông tin', logo: null } })
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Kiểm điểm tập thể',
      url: 'https://cong.example.vn/tin/kiem-diem-tap-the',
      datePublished: '2020-12-30T18:45:37+07:00',
      dateModified: '2021-01-02T08:00:00+07:00',
      author: [{ '@type': 'Person', name: 'Minh Hương' }],
      image: [
        {
          url: 'https://cong.example.vn/api/media/file/a.jpg',
          creditText: 'Thành Tâm',
          author: { '@type': 'Person', name: 'Thành Tâm' },
          caption: 'Đại biểu dự hội nghị. Ảnh: Thành Tâm',
        },
      ],
      publisher: { '@type': 'Organization', name: 'Cổng thông tin' },
    })
  })

  it('should number a trail from 1 with absolute addresses', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://cong.example.vn'
    expect(
      breadcrumbList([
        { name: 'Trang chủ', href: '/' },
        { name: 'Tin', href: '/chuyen-muc/tin' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://cong.example.vn/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Tin',
        item: 'https://cong.example.vn/chuyen-muc/tin',
      },
    ])
  })
})
