import { describe, expect, it } from 'vitest'

import { messageInLanguage } from './messageInLanguage'

describe('messageInLanguage', () => {
  const refused =
    'Bạn không có quyền "Gỡ bài" (your role may not move this document from "published" to "unpublished")'

  it('should give a Vietnamese reader the Vietnamese part only', () => {
    expect(messageInLanguage(refused, 'vi')).toBe('Bạn không có quyền "Gỡ bài"')
    expect(messageInLanguage('Cần đăng nhập (log in first).', 'vi')).toBe('Cần đăng nhập.')
    expect(
      messageInLanguage('Không tìm thấy ngày giờ đăng (no publish date and time found)', 'vi'),
    ).toBe('Không tìm thấy ngày giờ đăng')
  })

  it('should give an English reader the English part, capitalised', () => {
    expect(messageInLanguage('Cần đăng nhập (log in first).', 'en')).toBe('Log in first.')
    expect(messageInLanguage(refused, 'en')).toBe(
      'Your role may not move this document from "published" to "unpublished"',
    )
  })

  it('should keep brackets that are part of the Vietnamese text', () => {
    for (const message of [
      'Đơn vị chủ trì: Ủy ban nhân dân (UBND)',
      'Tác giả: Huyền Linh (Núi Voi)',
      'Chuyên mục (tùy chọn)',
      'Đã chuyển sang "Đã duyệt".',
    ]) {
      expect(messageInLanguage(message, 'vi')).toBe(message)
    }
  })

  it('should keep a message in one language as it is', () => {
    expect(messageInLanguage('Request failed (500)', 'vi')).toBe('Request failed (500)')
    expect(messageInLanguage('Not found', 'en')).toBe('Not found')
  })
})
