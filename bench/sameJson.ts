import { deepStrictEqual } from 'node:assert'

/**
 * The raw server is a fair floor only if it returns what the app returns: the same paths are
 * fetched from both and their JSON compared (key order aside). Throws on the first difference.
 */
export const assertSameJson = async (appOrigin: string, rawOrigin: string, paths: string[]) => {
  for (const path of paths) {
    const [app, raw] = await Promise.all(
      [appOrigin, rawOrigin].map(async (origin) => {
        const response = await fetch(origin + path)
        if (!response.ok) throw new Error(`${origin}${path} answered ${response.status}`)
        return response.json()
      }),
    )
    deepStrictEqual(raw, app, `The raw server's JSON differs from the app's for ${path}`)
  }
}
