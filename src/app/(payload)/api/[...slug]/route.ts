/*
 * Payload's generated route, hand-edited: Payload has no response-cache hook, so anonymous
 * reads are answered from the read cache around its handler (plugins/readCache). Keep the
 * wrapper if Payload's generator is ever run over this file.
 */
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import config from '@payload-config'
import { withRestReadCache } from '@plugins/readCache/exports/routes'

export const GET = withRestReadCache(config, REST_GET(config))
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
