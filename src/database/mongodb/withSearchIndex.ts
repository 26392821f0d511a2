import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

/**
 * Gives the MongoDB adapter the article search index: a text index on the text of title, lead and
 * body together (folded for Vietnamese), created at connect; creating an existing one is a no-op.
 * Each article's `searchLanguage` (written by articleSearchFields) is its text language for the
 * index: 'none' for Vietnamese (already folded; no English stemmer nor stop words), 'english'
 * for English articles, stemmed. A field of its own, so that the articles' `language` ("vi",
 * unknown to MongoDB) cannot make saves fail.
 */
export const withSearchIndex = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    // mongooseAdapter() is typed as any adapter; its init gives a MongooseAdapter.
    const adapter = adapterObj.init(args) as MongooseAdapter
    const { connect } = adapter
    adapter.connect = async (options) => {
      await connect?.call(adapter, options)
      // A config without articles (the plugin's own tests) has nothing to index.
      if (!adapter.collections.articles) return
      await adapter.collections.articles.collection.createIndex(
        { searchText: 'text' },
        { name: 'articles_search', default_language: 'none', language_override: 'searchLanguage' },
      )
    }
    return adapter
  },
})
