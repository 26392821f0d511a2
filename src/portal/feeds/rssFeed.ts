import { xmlDocument, type XmlNode } from './xmlDocument'

export type RssItem = {
  title: string
  link: string
  description?: string | null
  publishedAt?: string | null
  category?: string | null
  byline?: string | null
  image?: { url: string; type: string; length: number } | null
}

export type RssChannel = {
  title: string
  /** The page the feed is of (the home page, a category's page). */
  link: string
  /** The feed's own address, for `atom:link rel="self"`. */
  selfLink: string
  description: string
  items: RssItem[]
}

/** RFC 822 dates, as RSS 2.0 has them ("Wed, 30 Dec 2020 11:45:37 GMT"). */
const rfc822 = (iso: string | null | undefined) => (iso ? new Date(iso).toUTCString() : undefined)

const itemOf = (item: RssItem): XmlNode => ({
  title: item.title,
  link: item.link,
  guid: { '@_isPermaLink': 'true', '#text': item.link },
  description: item.description || undefined,
  pubDate: rfc822(item.publishedAt),
  category: item.category || undefined,
  'dc:creator': item.byline || undefined,
  enclosure: item.image
    ? { '@_url': item.image.url, '@_type': item.image.type, '@_length': item.image.length }
    : undefined,
})

/** An RSS 2.0 feed in Vietnamese; the newest item's date is the feed's `lastBuildDate`. */
export const rssFeed = (channel: RssChannel): string =>
  xmlDocument({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      channel: {
        title: channel.title,
        link: channel.link,
        description: channel.description,
        language: 'vi',
        'atom:link': {
          '@_href': channel.selfLink,
          '@_rel': 'self',
          '@_type': 'application/rss+xml',
        },
        lastBuildDate: rfc822(channel.items[0]?.publishedAt),
        item: channel.items.map(itemOf),
      },
    },
  })
