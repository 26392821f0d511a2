import { describe, expect, it } from 'vitest'

import { absoluteLinks } from './absoluteLinks'

describe('absoluteLinks', () => {
  it('should prefix site-relative links and their printed text with the origin', () => {
    expect(
      absoluteLinks('Mở: <a href="/admin/reset/ab12">/admin/reset/ab12</a>', 'https://bao.vn/'),
    ).toBe('Mở: <a href="https://bao.vn/admin/reset/ab12">https://bao.vn/admin/reset/ab12</a>')
  })

  it('should leave absolute and protocol-relative links alone', () => {
    const html = '<a href="https://khac.vn/admin/x">x</a> <a href="//cdn.vn/a.png">a</a>'
    expect(absoluteLinks(html, 'https://bao.vn')).toBe(html)
  })
})
