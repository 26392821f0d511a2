import type { Config } from 'payload'

import { hideInternalFields } from './fields/hideInternalFields'
import { anonymousQueryRules } from './graphql/anonymousQueryRules'
import { answerMalformedInput } from './hooks/answerMalformedInput'
import { guardCollectionReads, guardGlobalReads } from './hooks/guardReads'
import {
  refuseControlCharacters,
  refuseControlCharactersInGlobal,
} from './hooks/refuseControlCharacters'
import {
  lockedAnswersLikeWrongPassword,
  sameAnswerForAnyAccount,
} from './hooks/sameAnswerForAnyAccount'
import { sanitizePluginConfig } from './sanitizePluginConfig'
import type { PublicAccessPluginOptions } from './types'
import { uploadFields } from './utilities/uploadFields'

/**
 * Secure by default for anonymous clients: on every collection and global (those other plugins
 * added included, so it goes last), only the fields declared public are readable, filterable
 * and sortable without logging in, and every read passes one guard on its page size, depth,
 * paths and shape, over REST, GraphQL and the Local API alike.
 */
export const publicAccessPlugin =
  (options: PublicAccessPluginOptions) =>
  (incoming: Config): Config => {
    const config = sanitizePluginConfig(options)
    const userRules = incoming.graphQL?.validationRules
    const rules = anonymousQueryRules(config)
    return {
      ...incoming,
      collections: (incoming.collections ?? []).map((collection) => ({
        ...collection,
        fields: hideInternalFields(collection.fields, [
          ...(config.publicFields[collection.slug] ?? []),
          ...(collection.upload ? uploadFields : []),
        ]),
        hooks: {
          ...collection.hooks,
          // First, so that no other hook acts on a query that is refused.
          beforeOperation: [
            guardCollectionReads(config, collection.slug),
            refuseControlCharacters(collection.slug),
            ...(collection.auth ? [sameAnswerForAnyAccount(collection.slug)] : []),
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      })),
      globals: (incoming.globals ?? []).map((global) => ({
        ...global,
        fields: hideInternalFields(global.fields, config.publicFields[global.slug] ?? []),
        hooks: {
          ...global.hooks,
          beforeOperation: [
            guardGlobalReads(config, global.slug),
            refuseControlCharactersInGlobal(global.slug),
            ...(global.hooks?.beforeOperation ?? []),
          ],
        },
      })),
      hooks: {
        ...incoming.hooks,
        afterError: [
          ...(incoming.hooks?.afterError ?? []),
          answerMalformedInput,
          lockedAnswersLikeWrongPassword,
        ],
      },
      graphQL: {
        ...incoming.graphQL,
        validationRules: (args) => [...rules(args), ...(userRules?.(args) ?? [])],
      },
    }
  }
