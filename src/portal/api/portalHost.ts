import { AsyncLocalStorage } from 'node:async_hooks'

/** Route handlers cannot read root params (Next 16.4): they name their host key here. */
const routeHostKey = new AsyncLocalStorage<string>()

/**
 * A portal route handler under `portal/[host]/`, run with its host key for the queries it sends
 * (`portalSite`, `portalOrigin`), as pages read it from their root param.
 */
export const onPortalHost =
  <Params extends { host: string }>(
    handler: (request: Request, params: Params) => Promise<Response>,
  ) =>
  async (request: Request, { params }: { params: Promise<Params> }): Promise<Response> => {
    const resolved = await params
    return routeHostKey.run(decodeURIComponent(resolved.host), () => handler(request, resolved))
  }

/**
 * The host key of the page being rendered (`portal/[host]`, a root param, so that Next caches
 * each host's pages apart and the pages never read headers), or of the route handler running;
 * `undefined` outside a portal route (a script, a test calling a query).
 */
export const portalHostKey = async (): Promise<string | undefined> => {
  const fromHandler = routeHostKey.getStore()
  if (fromHandler !== undefined) return fromHandler
  try {
    // Imported when needed: Next's compiler generates this module, and anywhere else (a script,
    // Vitest) its placeholder throws as it loads.
    const { host } = (await import('next/root-params')) as { host: () => Promise<unknown> }
    const key = await host()
    return typeof key === 'string' ? decodeURIComponent(key) : undefined
  } catch {
    return undefined
  }
}
