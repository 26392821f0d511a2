/** The charset a saved page's <meta> declares ("windows-1258"), undefined when it declares none. */
export const declaredCharset = (html: string): string | undefined =>
  /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/iu.exec(html)?.[1]

/** True for the names UTF-8 goes by. */
export const isUtf8 = (charset: string): boolean => /^(?:utf-?8|unicode-1-1-utf-8)$/iu.test(charset)
