type LexicalNode = { text?: unknown; children?: LexicalNode[]; fields?: { caption?: unknown } }

/** The words of a Lexical document, captions of its photos included, for search. */
export const lexicalPlainText = (document: unknown): string => {
  const parts: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') parts.push(node.text)
    if (typeof node.fields?.caption === 'string') parts.push(node.fields.caption)
    node.children?.forEach(walk)
  }
  const root = (document as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
  return parts.join(' ')
}
