import type { Config, Field, Plugin } from 'payload'

import { slugs } from '@collections/slugs'

import { republicationField } from './republicationFields'

/**
 * A republication's source is by definition another site's article, but the sites plugin limits
 * every relationship to articles to the document's own site: this puts the republication's
 * `source` back to any site. Applied right after the sites plugin. Only the republishing code
 * writes the field (republicationFields.ts), and only with a published source.
 */
const fieldName = (field: Field) => ('name' in field ? field.name : undefined)

export const sourceOfAnySite: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug !== slugs.articles
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field): Field =>
            field.type === 'group' && fieldName(field) === fieldName(republicationField)
              ? {
                  ...field,
                  fields: field.fields.map((sub) =>
                    sub.type === 'relationship' && sub.name === 'source'
                      ? { ...sub, filterOptions: undefined }
                      : sub,
                  ),
                }
              : field,
          ),
        },
  ),
})
