/** A response as kept in the cache: always a 200, so only its headers and body. */
export type CachedResponse = {
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer>
}

export type StoreLimits = {
  ttlMs: number
  maxEntries: number
  maxBytes: number
}

export type ResponseStore = {
  limits: StoreLimits
  get: (key: string) => CachedResponse | undefined
  /** A mark to pass to `set`: a response read before an invalidation must not be stored after it. */
  mark: () => number
  set: (key: string, response: CachedResponse, mark: number) => void
  /**
   * Clears now, stores nothing until `settled` (a write's transaction commits), then clears again:
   * a read racing an uncommitted write would otherwise keep the old answer until the TTL.
   */
  clearUntil: (settled: Promise<unknown>) => void
  /**
   * Empties the store when the shared stamp differs from the one it last followed: another
   * instance has written since.
   */
  follow: (stamp: string) => void
  usage: () => { entries: number; bytes: number }
}

type Entry = CachedResponse & { expiresAt: number; bytes: number }

const sizeOf = (key: string, response: CachedResponse) =>
  key.length * 2 +
  response.body.byteLength +
  response.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) * 2

/**
 * An in-memory LRU of responses with a TTL, bounded by entry count and total bytes. A Map keeps
 * insertion order, so re-inserting on a hit makes its first key the least recently used.
 */
export const createResponseStore = (
  limits: StoreLimits,
  now: () => number = () => Date.now(),
): ResponseStore => {
  const entries = new Map<string, Entry>()
  let bytes = 0
  let generation = 0
  let pendingWrites = 0
  let followedStamp: string | undefined

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
  }

  const clear = () => {
    entries.clear()
    bytes = 0
    generation += 1
  }

  return {
    limits,
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expiresAt <= now()) {
        remove(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    mark: () => generation,
    set: (key, response, mark) => {
      if (mark !== generation || pendingWrites > 0) return
      const size = sizeOf(key, response)
      if (size > limits.maxBytes) return
      remove(key)
      entries.set(key, { ...response, expiresAt: now() + limits.ttlMs, bytes: size })
      bytes += size
      for (const oldest of entries.keys()) {
        if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break
        remove(oldest)
      }
    },
    clearUntil: (settled) => {
      clear()
      pendingWrites += 1
      const release = () => {
        pendingWrites -= 1
        clear()
      }
      settled.then(release, release)
    },
    follow: (stamp) => {
      if (stamp === followedStamp) return
      clear()
      followedStamp = stamp
    },
    usage: () => ({ entries: entries.size, bytes }),
  }
}
