import { Readability } from '@mozilla/readability'
import { Parser } from 'htmlparser2'
import { parseHTML } from 'linkedom'

import { declaredCharset, isUtf8 } from './declaredCharset'
import { oneLine, textLinesOf } from './htmlTextLines'
import { ParseError } from './parseError'
import { RELATED_HEADINGS } from './portalLineTables'
import { foldVietnamese } from './vietnameseText'

/**
 * A saved page of an old portal as the plain text the importer reads: the title, the date line,
 * the view count, the sapo, audio files ("Audio: x.mp3"), the article's paragraphs with each
 * figure's caption and credit, and the byline, one a line. Which element holds the article is
 * Mozilla's Readability's call (the Firefox reader view), on a linkedom DOM; what Readability
 * drops or leaves out, the metadata portals print around the body, is read here first, from the
 * class names portals give it, and the site's chrome is removed before Readability looks.
 */

/** Longer pages are refused: real article pages are well under 1 MB of HTML. */
export const MAX_HTML_CHARS = 5_000_000
/** Deeper nesting is refused: real pages nest some 30 levels, and Readability's cost grows fast. */
export const MAX_HTML_DEPTH = 200
/** More elements are refused: a real portal page has a few thousand, and Readability slows. */
export const MAX_ELEMENTS = 30_000

/** Never the article's: dropped with everything inside. */
const DROPPED_TAGS =
  'script, style, noscript, template, iframe, svg, nav, button, select, input, textarea'
/** Class or id words of the site's chrome around the article (Vietnamese portals' names too). */
const CHROME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|share|social|sharing|print|comments?|related|relate|tools?|banner|advert|ads|tags?|toolbar|font-?size|pagination|login|search|weather|other-?news|tin-?khac|tinlienquan|lienquan)(?:$|[\s_-])/iu
/**
 * Titles of the boxes portals set beside or below the article, folded: the box holding one is
 * chrome whatever its class (lists of other articles, and the sidebar's teasers and counters).
 */
const BOX_HEADINGS = new Set(
  [
    ...RELATED_HEADINGS,
    'tin đọc nhiều',
    'đọc nhiều',
    'đọc nhiều nhất',
    'tin mới',
    'tin mới nhất',
    'tin nổi bật',
    'xem tin theo ngày',
    'lịch công tác',
    'thống kê truy cập',
    'liên kết website',
  ].map(foldVietnamese),
)
/** Class or id words of the site's name and logo, which portals often set in an h1. */
const SITE_NAME = /(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|masthead|banner)(?:$|[\s_-])/iu
/** The metadata portals print around the body, found by its class or id words. */
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|time|datetime|publish|published|post-?date|ngay)(?:$|[\s_-])/iu
const VIEWS_CLASS = /(?:^|[\s_-])(?:views?|luot-?xem|luotxem|hits|view-?count)(?:$|[\s_-])/iu
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|tac-?gia|news-?author)(?:$|[\s_-])/iu
const LEAD_CLASS = /(?:^|[\s_-])(?:sapo|lead|summary|chapeau|description|tomtat)(?:$|[\s_-])/iu
/** A metadata line is short; a sapo is a paragraph, not the whole article. */
const MAX_META_LENGTH = 80
const MAX_LEAD_LENGTH = 1_000
const DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u
const AUDIO_FILE = /\.(?:mp3|m4a|ogg|wav|aac)(?:[?#]|$)/iu
/** More replacement characters than this: the bytes were not UTF-8. */
const MAX_REPLACEMENT_CHARACTERS = 10

const classAndId = (element: Element): string =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`

const textOf = (element: Element | undefined): string =>
  element ? oneLine(element.textContent ?? '') : ''

/** How deep the page's elements nest, read as a stream so no deep tree is ever built. */
const nestingDepth = (html: string): number => {
  let depth = 0
  let deepest = 0
  const parser = new Parser({
    onopentag: () => {
      depth += 1
      deepest = Math.max(deepest, depth)
    },
    onclosetag: () => {
      depth -= 1
    },
  })
  parser.end(html)
  return deepest
}

/** Refuses a page too big, too deep or not decoded as UTF-8, before it is parsed into a DOM. */
const checkPage = (html: string, fileName?: string) => {
  if (html.length > MAX_HTML_CHARS) {
    throw new ParseError(
      'tooLarge',
      `Trang HTML dài ${html.length} ký tự, quá ${MAX_HTML_CHARS}: hãy lưu trang không kèm script và ảnh nhúng (the page is ${html.length} characters long, over ${MAX_HTML_CHARS}: save it without scripts and embedded images)`,
      fileName,
    )
  }
  const charset = declaredCharset(html)
  const replacements = html.split('\uFFFD').length - 1
  if (
    (charset && !isUtf8(charset) && replacements > 0) ||
    replacements > MAX_REPLACEMENT_CHARACTERS
  ) {
    throw new ParseError(
      'notUtf8',
      `Trang không ở mã UTF-8${charset ? ` (khai báo ${charset})` : ''}: hãy lưu lại trang ở UTF-8 (the page is not UTF-8${charset ? `, it declares ${charset}` : ''}: save it again as UTF-8)`,
      fileName,
    )
  }
  const depth = nestingDepth(html)
  if (depth > MAX_HTML_DEPTH) {
    throw new ParseError(
      'tooDeep',
      `Trang HTML lồng ${depth} tầng, quá ${MAX_HTML_DEPTH}: không phải một trang bài viết (the page nests ${depth} levels deep, over ${MAX_HTML_DEPTH}: not an article page)`,
      fileName,
    )
  }
}

/** A fragment (a pasted article's markup) is parsed as the body of a page. */
const asPage = (html: string): string =>
  /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`

const metaContent = (document: Document, property: string): string =>
  oneLine(
    document
      .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
      ?.getAttribute('content') ?? '',
  )

/** The h1s and h2s that can be the article's: not the site's name (a logo, a link home). */
const articleHeadings = (document: Document): Element[] =>
  Array.from(document.querySelectorAll('h1, h2')).filter((element) => {
    if (textOf(element).length <= 10) return false
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (SITE_NAME.test(classAndId(node))) return false
    }
    const links = Array.from(element.querySelectorAll('a'))
    return !(links.length === 1 && links[0].getAttribute('href') === '/')
  })

const folded = (text: string): string => oneLine(text).normalize('NFC').toLowerCase()

/**
 * The article's heading: the h1 or h2 the page's own title (og:title, else <title>) starts with,
 * since portals print "<title of the article> - <site name>" there and give the site's name an
 * h1 of its own; undefined when no heading matches, and Readability's title is taken instead.
 */
const headingOf = (document: Document): Element | undefined => {
  const pageTitle = folded(
    metaContent(document, 'og:title') || (document.querySelector('title')?.textContent ?? ''),
  )
  if (!pageTitle) return undefined
  return articleHeadings(document).find((element) => pageTitle.startsWith(folded(textOf(element))))
}

/** The first element of the given class words whose text is a short metadata line. */
const metadataElement = (
  elements: Element[],
  pattern: RegExp,
  accepts: (text: string) => boolean,
): Element | undefined =>
  elements.find((element) => {
    if (!pattern.test(classAndId(element))) return false
    const text = textOf(element)
    return text !== '' && accepts(text)
  })

const audioFile = (element: Element): string | undefined => {
  const source = element.getAttribute('src')
  if (!source || !AUDIO_FILE.test(source)) return undefined
  const name = source.split(/[?#]/u)[0].split('/').pop() ?? ''
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/**
 * Drops each box whose title is a BOX_HEADINGS line: the title's parent, unless that holds a
 * heading the article's could be (then the title sits in the article's own column, and goes alone).
 */
const removeBoxes = (document: Document) => {
  const headings = articleHeadings(document)
  for (const element of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (!element.isConnected || element.children.length > 1) continue
    const line = textOf(element)
    if (!BOX_HEADINGS.has(foldVietnamese(line.replace(/:$/u, '')))) continue
    // The title's own wrappers ("<div class=box-title><span>…") are not yet the box.
    let title: Element = element
    while (title.parentElement && textOf(title.parentElement) === line) title = title.parentElement
    const box = title.parentElement
    const holdsArticle = !box || headings.some((heading) => box.contains(heading))
    ;(holdsArticle || box === document.body ? title : box).remove()
  }
}

/** Where an element stood in the page, so Readability's copy can be matched with it. */
const POSITION = 'data-import-position'
/** Node.DOCUMENT_POSITION_FOLLOWING: the other node comes later in the page. */
const FOLLOWING = 4

/**
 * When the page's title names only the site, the article's heading is the last h1 or h2 before
 * the body (a site's name or a section's comes earlier), else the first inside it.
 */
const headingBefore = (document: Document, body: Element | undefined): Element | undefined => {
  if (!body) return undefined
  const headings = articleHeadings(document)
  const before = headings.filter(
    (element) => !body.contains(element) && element.compareDocumentPosition(body) & FOLLOWING,
  )
  return before.pop() ?? headings.find((element) => body.contains(element))
}

/** The nodes after the heading, in document order, up to the end of the region holding both. */
const nodesAfter = (heading: Element, region: Element): Node[] => {
  const nodes: Node[] = []
  for (let node: Element | null = heading; node && node !== region; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) nodes.push(next)
  }
  return nodes
}

const commonAncestor = (elements: Element[]): Element | undefined => {
  const [first, ...others] = elements
  for (let node: Element | null = first ?? null; node; node = node.parentElement) {
    if (others.every((other) => node?.contains(other))) return node
  }
  return undefined
}

/**
 * The title and the article's lines. Readability picks the body, in a copy of the page; the
 * lines are then read from the page itself, from the heading to the end of the element holding
 * both the heading and the body, so the lines portals print between them (an unclassed date, a
 * figure, an audio player) and just below the body ("Tác giả: …", "Nguồn tin: …") stay for
 * parseArticle to read as it reads a text, while what Readability cut from the body stays out.
 */
const articleLines = (
  document: Document,
  matchedHeading: Element | undefined,
  fileName?: string,
): { title: string; lines: string[] } => {
  const elements = Array.from(document.body?.querySelectorAll('*') ?? [])
  elements.forEach((element, index) => element.setAttribute(POSITION, String(index)))
  if (elements.length > MAX_ELEMENTS) {
    throw new ParseError(
      'tooLarge',
      `Trang có ${elements.length} phần tử, quá ${MAX_ELEMENTS}: không phải một trang bài viết (the page has ${elements.length} elements, over ${MAX_ELEMENTS}: not an article page)`,
      fileName,
    )
  }
  const copy = (parseHTML(document.toString()) as unknown as { document: Document }).document
  const article = new Readability<Node>(copy, { serializer: (node) => node }).parse()
  const content = article?.content as Element | null | undefined
  if (!content) return { title: textOf(matchedHeading) || oneLine(article?.title ?? ''), lines: [] }
  // Readability renames some elements (a div of text becomes a p) and the new one has no
  // position: an element counts as kept when it or anything inside it was.
  const positioned = Array.from(content.querySelectorAll(`[${POSITION}]`))
  const positionOf = (element: Element) => Number(element.getAttribute(POSITION))
  const tops = new Set(
    positioned
      .filter((element) => !element.parentElement?.closest(`[${POSITION}]`))
      .map(positionOf),
  )
  const keptElements = new Set<Element>()
  for (const index of positioned.map(positionOf)) {
    for (let node: Element | null = elements[index] ?? null; node; node = node.parentElement) {
      if (keptElements.has(node)) break
      keptElements.add(node)
    }
  }
  const body = elements.filter((_, index) => tops.has(index))
  const heading = matchedHeading ?? headingBefore(document, body[0])
  const title = heading ? textOf(heading) : oneLine(article?.title ?? '')
  const region = heading && commonAncestor([heading, ...body])
  const linesOfBody = textLinesOf([content]).filter((line) => line !== title)
  // A region that is the whole page would bring the sidebars back: Readability's body alone then.
  if (!region || region === document.body || region === document.documentElement || !body.length)
    return { title, lines: linesOfBody }
  const insideBody = (element: Element) =>
    body.some((top) => top !== element && top.contains(element))
  const cutByReadability = (element: Element) => !keptElements.has(element) && insideBody(element)
  return {
    title,
    lines: textLinesOf(nodesAfter(heading, region), cutByReadability).filter(
      (line) => line !== title,
    ),
  }
}

/** The text parseArticle reads from a saved HTML page; ParseError when it holds no article. */
export const htmlToArticleText = (html: string, fileName?: string): string => {
  checkPage(html, fileName)
  const { document } = parseHTML(asPage(html)) as unknown as { document: Document }
  for (const element of Array.from(document.querySelectorAll(DROPPED_TAGS))) element.remove()
  for (const element of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (element.isConnected && CHROME.test(classAndId(element))) element.remove()
  }

  removeBoxes(document)
  const heading = headingOf(document)
  const elements = Array.from(document.body?.querySelectorAll('*') ?? [])
  const dateElement = metadataElement(
    elements,
    DATE_CLASS,
    (text) => DATE.test(text) && text.length < MAX_META_LENGTH,
  )
  const timeElement = dateElement
    ? undefined
    : elements.find((element) => element.tagName === 'TIME' && DATE.test(textOf(element)))
  const viewsElement = metadataElement(
    elements,
    VIEWS_CLASS,
    (text) => text.length < MAX_META_LENGTH,
  )
  const authorElement = metadataElement(
    elements,
    AUTHOR_CLASS,
    (text) => text.length < MAX_META_LENGTH,
  )
  const leadElement = metadataElement(elements, LEAD_CLASS, (text) => text.length < MAX_LEAD_LENGTH)
  const audio = elements
    .filter((element) => element.tagName === 'AUDIO' || element.tagName === 'SOURCE')
    .map(audioFile)
    .filter((file): file is string => Boolean(file))
  const metadata = [dateElement ?? timeElement, viewsElement, authorElement, leadElement]
  const [dateLine, views, author] = metadata.map(textOf)
  const leadLines = leadElement ? textLinesOf([leadElement]) : []
  // Read once, and out of Readability's way: it would keep some in the body, drop others.
  for (const element of metadata) element?.remove()

  const { title, lines: bodyLines } = articleLines(document, heading, fileName)
  if (bodyLines.length === 0 && leadLines.length === 0) {
    throw new ParseError(
      'noArticle',
      'Trang không có bài viết, chỉ có phần trang trí của trang (the page holds no article, only page furniture)',
      fileName,
    )
  }
  return [
    title,
    dateLine,
    ...(views === dateLine ? [] : [views]),
    ...leadLines,
    ...audio.map((file) => `Audio: ${file}`),
    ...bodyLines,
    author,
  ]
    .filter((line) => line !== '')
    .join('\n\n')
}
