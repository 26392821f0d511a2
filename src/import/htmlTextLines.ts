/**
 * The text of an element of a parsed HTML page as the importer's lines: a block element (a
 * paragraph, a heading, a caption, a table cell) starts a new line, inline markup does not.
 */

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BR',
  'CENTER',
  'TIME',
  'DL',
  'DT',
  'DD',
])
/** Never text of the article, wherever they are. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'BUTTON'])

const TEXT_NODE = 3
const ELEMENT_NODE = 1

export const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/** The lines of the given nodes, in document order, blank ones and skipped elements left out. */
export const textLinesOf = (
  roots: readonly Node[],
  skips: (element: Element) => boolean = () => false,
): string[] => {
  const lines: string[] = []
  let current = ''
  const flush = () => {
    const line = oneLine(current)
    if (line) lines.push(line)
    current = ''
  }
  // The page's nesting is bounded before it is parsed (MAX_HTML_DEPTH), so recursion is safe.
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? ''
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const tag = (node as Element).tagName.toUpperCase()
    if (SKIPPED_TAGS.has(tag) || skips(node as Element)) return
    const isBlock = BLOCK_TAGS.has(tag)
    if (isBlock) flush()
    for (const child of Array.from(node.childNodes)) walk(child)
    if (isBlock) flush()
  }
  for (const root of roots) {
    walk(root)
    flush()
  }
  return lines
}
