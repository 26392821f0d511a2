import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { rssFeed } from './rssFeed'

const channel = {
  title: 'Cổng <thử> & "tin"',
  link: 'https://tin.example.vn/',
  selfLink: 'https://tin.example.vn/rss.xml',
  description: 'Tin mới nhất',
  items: [
    {
      title: 'Hội nghị "Dân vận khéo" & <tổng kết>',
      link: 'https://tin.example.vn/tin/hoi-nghi?a=1&b=2',
      publishedAt: '2020-12-30T11:45:37.000Z',
      image: {
        url: 'https://tin.example.vn/api/media/file/a&b.jpg',
        type: 'image/jpeg',
        length: 42,
      },
    },
  ],
}

describe('rssFeed', () => {
  it('should escape text and attributes into well-formed XML that reads back as written', () => {
    const xml = rssFeed(channel)
    expect(XMLValidator.validate(xml)).toBe(true)
    const { rss } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml)
    expect(rss.channel.title).toBe(channel.title)
    expect(rss.channel.item).toMatchObject({
      title: channel.items[0].title,
      link: channel.items[0].link,
      guid: { isPermaLink: 'true', '#text': channel.items[0].link },
      enclosure: { url: channel.items[0].image.url, length: '42' },
    })
  })

  it('should date items and the feed in RFC 822, and leave out what an item lacks', () => {
    const xml = rssFeed(channel)
    expect(xml).toContain('<pubDate>Wed, 30 Dec 2020 11:45:37 GMT</pubDate>')
    expect(xml).toContain('<lastBuildDate>Wed, 30 Dec 2020 11:45:37 GMT</lastBuildDate>')
    const item = xml.slice(xml.indexOf('<item>'))
    expect(item).not.toMatch(/<(description|category|dc:creator)[\s/>]/)
    expect(rssFeed({ ...channel, items: [] })).not.toContain('lastBuildDate')
  })
})
