import { XMLBuilder } from 'fast-xml-parser'

/** An element in fast-xml-parser's object form: `@_` attributes, child elements, `#text`. */
export type XmlNode = { [name: string]: XmlNode | XmlNode[] | string | number | undefined }

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  // Otherwise `isPermaLink="true"` is written as a bare `isPermaLink`, which is not XML.
  suppressBooleanAttributes: false,
})

/** A UTF-8 XML document with one root element; text and attributes are escaped by the builder. */
export const xmlDocument = (root: XmlNode): string =>
  builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root })
