import { getPayload } from 'payload'

import { countView } from '@/endpoints/countView'
import config from '@payload-config'

/**
 * The view counter is the portal's hottest write: Next routes it here, past Payload's REST
 * handler (request set-up, authentication, endpoint matching), straight to the one-statement
 * increment. Anyone may count a view, so nothing that handler does is needed.
 */
export const POST = async (request: Request, { params }: { params: Promise<{ id: string }> }) =>
  countView({
    payload: await getPayload({ config }),
    id: (await params).id,
    headers: request.headers,
    searchParams: new URL(request.url).searchParams,
  })
