/*
 * Payload's generated route, hand-edited: Payload has no response-cache hook, so anonymous
 * queries are answered from the read cache around its handler (plugins/readCache). Keep the
 * wrapper if Payload's generator is ever run over this file.
 */
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import config from '@payload-config'
import { withGraphqlReadCache } from '@plugins/readCache/exports/routes'

export const POST = withGraphqlReadCache(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
