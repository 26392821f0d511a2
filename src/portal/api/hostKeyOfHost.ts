import { normalizeHost } from '@/sites/requestedHost'

import { apiAddress } from './apiAddress'
import { FALLBACK_HOST_KEY } from './hostKey'

/** How long the proxy trusts its answer for a host: a host added to a site shows after this. */
const LOOKUP_MS = 10_000
/** Forged Host headers must not grow the memory: past this many hosts, the oldest go. */
const MAX_HOSTS = 1_000

type Lookup = { key: Promise<string>; at: number }

/**
 * Per process: the proxy answers every portal request, and asks the API once per host and
 * LOOKUP_MS. On `globalThis`, as Next may load the proxy more than once in a process.
 */
const lookups = (): Map<string, Lookup> => {
  const key = Symbol.for('toasoan.portal.hostKeys')
  const holder = globalThis as { [key]?: Map<string, Lookup> }
  holder[key] ??= new Map()
  return holder[key]
}

/** Whether some site names `host` as its own (the API's `currentSite(host)`, never cached). */
const isNamedHost = async (host: string): Promise<boolean> => {
  const response = await fetch(`${apiAddress()}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'query HostKey($host: String!) { currentSite(host: $host) { hosts { host } } }',
      variables: { host },
    }),
    cache: 'no-store',
  })
  const json = (await response.json()) as {
    data?: { currentSite: { hosts?: { host: string }[] | null } | null }
  }
  if (!json.data) throw new Error(`The API answered ${response.status} without data`)
  return (json.data.currentSite?.hosts ?? []).some(({ host: name }) => normalizeHost(name) === host)
}

/**
 * The host key a request on `host` (normalized, see requestedHost) is rendered and cached under:
 * the host itself when a site names it (the pages print links on it), else FALLBACK_HOST_KEY.
 * While the API does not answer, the last answer for that host stands.
 */
export const hostKeyOfHost = async (host: string | undefined): Promise<string> => {
  if (!host || host === FALLBACK_HOST_KEY) return FALLBACK_HOST_KEY
  const known = lookups()
  const previous = known.get(host)
  if (previous && Date.now() - previous.at < LOOKUP_MS) return previous.key
  const key = isNamedHost(host).then((isNamed) => (isNamed ? host : FALLBACK_HOST_KEY))
  known.delete(host)
  known.set(host, { key, at: Date.now() })
  if (known.size > MAX_HOSTS) known.delete(known.keys().next().value as string)
  try {
    return await key
  } catch (error) {
    if (previous) {
      known.set(host, previous)
      return previous.key
    }
    known.delete(host)
    throw error
  }
}
