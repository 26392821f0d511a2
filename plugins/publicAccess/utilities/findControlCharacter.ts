/**
 * Characters no field of a newsroom holds: C0 controls but tab, line feed and carriage return
 * (NUL cut a title short in SQLite while its slug was made from the whole text), DEL, C1
 * controls, and the bidirectional overrides that make a name read differently from what it is.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

export type ControlCharacter = { path: string; codePoint: string }

const codePointOf = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The first string anywhere in `data` (rich text's nodes included) holding such a character,
 * with its field path (`byline.0.displayName`); undefined when there is none. Walks with its own
 * stack, as the data may nest deeply.
 */
export const findControlCharacter = (data: unknown): ControlCharacter | undefined => {
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }]
  while (stack.length) {
    const { value, path } = stack.pop()!
    if (typeof value === 'string') {
      const match = CONTROL.exec(value)
      if (match) return { path, codePoint: codePointOf(match[0]) }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        const keyMatch = CONTROL.exec(key)
        if (keyMatch) return { path: path || key, codePoint: codePointOf(keyMatch[0]) }
        stack.push({ value: inner, path: path ? `${path}.${key}` : key })
      }
    }
  }
  return undefined
}
