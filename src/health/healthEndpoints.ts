import type { Endpoint } from 'payload'

import { readiness } from './readiness'

// A probe must see this instance now, never a copy kept by a proxy or the browser.
const NO_STORE = { 'Cache-Control': 'no-store' }

/**
 * `GET /api/health`: the process answers (liveness). `GET /api/ready`: it can serve (readiness),
 * 503 until then. Both JSON, for the Docker healthcheck and a proxy or orchestrator.
 */
export const healthEndpoints: Endpoint[] = [
  {
    path: '/health',
    method: 'get',
    handler: () => Response.json({ status: 'ok' }, { headers: NO_STORE }),
  },
  {
    path: '/ready',
    method: 'get',
    handler: async (req) => {
      const state = await readiness(req.payload)
      return Response.json(state, { status: state.isReady ? 200 : 503, headers: NO_STORE })
    },
  },
]
