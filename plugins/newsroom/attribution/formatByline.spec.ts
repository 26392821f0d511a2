import { describe, expect, it } from 'vitest'

import { formatByline } from './formatByline'

describe('formatByline', () => {
  it("should print an English article's writer and translator in English", () => {
    expect(
      formatByline(
        [
          { name: 'Minh Hương', role: 'text' },
          { name: 'Thu Hà', role: 'translation' },
        ],
        'en',
      ),
    ).toBe('Text: Minh Hương – Translation: Thu Hà')
  })

  it('should print a lone writer by name only', () => {
    expect(formatByline([{ name: 'Triệu Biển', role: 'text' }])).toBe('Triệu Biển')
  })

  it('should print writer and photographer with their roles', () => {
    expect(
      formatByline([
        { name: 'Minh Hương', role: 'text' },
        { name: 'Thành Tâm', role: 'photo' },
      ]),
    ).toBe('Bài: Minh Hương – Ảnh: Thành Tâm')
  })

  it('should join the roles of one person who wrote and took the photos', () => {
    expect(
      formatByline([
        { name: 'Triệu Biển', role: 'photo' },
        { name: 'Triệu Biển', role: 'text' },
      ]),
    ).toBe('Bài, ảnh: Triệu Biển')
  })

  it('should group people who did the same thing', () => {
    expect(
      formatByline([
        { name: 'Minh Hương', role: 'text' },
        { name: 'Triệu Biển', role: 'text' },
        { name: 'Thành Tâm', role: 'photo' },
      ]),
    ).toBe('Bài: Minh Hương, Triệu Biển – Ảnh: Thành Tâm')
    expect(
      formatByline([
        { name: 'Minh Hương', role: 'text' },
        { name: 'Triệu Biển', role: 'text' },
      ]),
    ).toBe('Minh Hương, Triệu Biển')
  })

  it('should print video, audio, translation and editing credits', () => {
    expect(
      formatByline([
        { name: 'Hà An', role: 'translation' },
        { name: 'Quang Huy', role: 'video' },
        { name: 'Quang Huy', role: 'audio' },
      ]),
    ).toBe('Dịch: Hà An – Audio, video: Quang Huy')
  })

  it('should skip blank names and print nothing for no credit', () => {
    expect(formatByline([{ name: '  ', role: 'text' }])).toBe('')
    expect(formatByline([])).toBe('')
  })
})
