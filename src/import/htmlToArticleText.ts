import type { ChildNode, Element } from 'domhandler'
import { findAll, findOne, getAttributeValue, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'

/**
 * A saved page of an old portal as the plain text the importer reads: the title, the date line,
 * the article's paragraphs, each figure's caption with its credit, audio files ("Audio: x.mp3")
 * and the byline, one a line. The site's navigation, menus, share buttons, related lists and
 * scripts are dropped; which element holds the article is found by where the text is.
 */

/** Never the article's: dropped with everything inside. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'nav',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'head',
])
/** Class or id words of the site's chrome around the article. */
const CHROME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|share|social|sharing|print|comments?|related|relate|banner|advert|ads|tags?|toolbar|font-?size|pagination|login|search|weather|other-?news|tin-?khac|tinlienquan|lienquan)(?:$|[\s_-])/iu
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'blockquote',
  'header',
  'footer',
  'aside',
  'br',
  'center',
  'time',
])
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|time|datetime|publish|published|post-?date|ngay)(?:$|[\s_-])/iu
/** The view counter and the author, often printed outside the body's container. */
const VIEWS_CLASS = /(?:^|[\s_-])(?:views?|luot-?xem|luotxem|hits|view-?count)(?:$|[\s_-])/iu
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|tac-?gia|news-?author)(?:$|[\s_-])/iu
/** The sapo, often printed above the body's container. */
const LEAD_CLASS = /(?:^|[\s_-])(?:sapo|lead|summary|chapeau|description|tomtat)(?:$|[\s_-])/iu

const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'

const classAndId = (element: Element): string =>
  `${getAttributeValue(element, 'class') ?? ''} ${getAttributeValue(element, 'id') ?? ''}`

const isChrome = (element: Element): boolean =>
  DROPPED_TAGS.has(element.name) || CHROME.test(classAndId(element))

const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/** The element whose own paragraphs hold the most text: the article's body. */
const articleBody = (root: ChildNode[]): Element | undefined => {
  const scores = new Map<Element, number>()
  for (const paragraph of findAll((element) => element.name === 'p', root)) {
    if (hasChromeAncestor(paragraph)) continue
    const length = oneLine(textContent(paragraph)).length
    const parent = paragraph.parent
    if (parent && parent.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + length)
  }
  let best: Element | undefined
  for (const [element, score] of scores)
    if (!best || score > (scores.get(best) ?? 0)) best = element
  return best
}

const hasChromeAncestor = (element: Element): boolean => {
  for (let node = element.parent; node && node.type === 'tag'; node = node.parent) {
    if (isChrome(node)) return true
  }
  return false
}

/** The lines of an element, a block element starting a new line; chrome left out. */
const linesOf = (nodes: ChildNode[]): string[] => {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const line = oneLine(current)
    if (line) lines.push(line)
    current = ''
  }
  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      current += node.data
      return
    }
    if (!isElement(node) || isChrome(node)) return
    if (node.name === 'audio' || node.name === 'source') {
      const file = audioFile(node)
      if (file) {
        flush()
        lines.push(`Audio: ${file}`)
      }
    }
    if (node.name === 'img') return
    const isBlock = BLOCK_TAGS.has(node.name)
    if (isBlock) flush()
    for (const child of node.children) walk(child)
    if (isBlock) flush()
  }
  for (const node of nodes) walk(node)
  flush()
  return lines
}

const audioFile = (element: Element): string | undefined => {
  const source = getAttributeValue(element, 'src')
  if (!source || !/\.(?:mp3|m4a|ogg|wav|aac)(?:\?|$)/iu.test(source)) return undefined
  return decodeURIComponent(source.split(/[?#]/u)[0].split('/').pop() ?? '')
}

const textOf = (element: Element | null | undefined): string =>
  element ? oneLine(textContent(element)) : ''

const metaContent = (root: ChildNode[], property: string): string => {
  const meta = findOne(
    (element) =>
      element.name === 'meta' &&
      (getAttributeValue(element, 'property') === property ||
        getAttributeValue(element, 'name') === property),
    root,
  )
  return meta ? oneLine(getAttributeValue(meta, 'content') ?? '') : ''
}

/** The page's article heading: the h1 nearest the body, else og:title, else <title>. */
const titleOf = (root: ChildNode[]): string => {
  const headings = findAll((element) => element.name === 'h1' && !hasChromeAncestor(element), root)
  const heading = headings.map(textOf).find((text) => text.length > 10)
  if (heading) return heading
  return (
    metaContent(root, 'og:title') || textOf(findOne((element) => element.name === 'title', root))
  )
}

/** The first short element outside the body that looks like the page's date line. */
const dateLineOf = (root: ChildNode[], body: Element | undefined): string | undefined => {
  const candidates = findAll(
    (element) =>
      (element.name === 'time' || DATE_CLASS.test(classAndId(element))) &&
      !hasChromeAncestor(element) &&
      !(body && isInside(element, body)),
    root,
  )
  return candidates
    .map(textOf)
    .find((text) => /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(text) && text.length < 80)
}

const isInside = (element: Element, container: Element): boolean => {
  for (let node: Element['parent'] = element; node; node = node.parent) {
    if (node === container) return true
  }
  return false
}

/** The text parseArticle reads from a saved HTML page. */
export const htmlToArticleText = (html: string): string => {
  const document = parseDocument(html, { decodeEntities: true })
  const root = document.children
  const body = articleBody(root)
  const title = titleOf(root)
  const dateLine = dateLineOf(root, body)
  const bodyLines = body ? linesOf([body]) : []
  const lead = findOne(
    (element) =>
      LEAD_CLASS.test(classAndId(element)) &&
      element.name !== 'meta' &&
      !hasChromeAncestor(element) &&
      !(body && isInside(element, body)),
    root,
  )
  const leadLines = lead ? linesOf([lead]) : []
  const outsideBody = (pattern: RegExp) =>
    findAll(
      (element) =>
        pattern.test(classAndId(element)) &&
        !hasChromeAncestor(element) &&
        !(body && isInside(element, body)),
      root,
    )
      .map(textOf)
      .find((text) => text !== '' && text.length < 80)
  const views = outsideBody(VIEWS_CLASS)
  const author = outsideBody(AUTHOR_CLASS)
  const lines = [
    title,
    ...(dateLine ? [dateLine] : []),
    ...(views ? [views] : []),
    ...leadLines,
    ...bodyLines,
    ...(author ? [author] : []),
  ].filter((line, index) => index === 0 || line !== title)
  return lines.join('\n\n')
}
