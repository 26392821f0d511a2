/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Hand-edited: Payload has no response-cache hook, so anonymous queries are answered from the
// read cache around its handler (plugins/readCache). Keep this wrapper if the file is regenerated.
import { withGraphqlReadCache } from '../../../../../plugins/readCache/exports/routes'

export const POST = withGraphqlReadCache(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
