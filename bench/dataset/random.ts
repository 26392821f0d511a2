/** A small seeded generator (mulberry32): the same seed gives the same data set on every machine. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const some = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<T>()
    while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items))
    return [...chosen]
  }
  return { next, int, pick, some }
}

export type Random = ReturnType<typeof seededRandom>
