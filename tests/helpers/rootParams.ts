/**
 * `next/root-params` for the files Vitest loads itself. Next's compiler generates that module (a
 * getter per root param; the portal's root layouts sit under `[host]`), and its getters throw
 * outside a Next request, which is where Vitest runs them: this one does the same.
 */
export const host = (): Promise<string> =>
  Promise.reject(new Error('next/root-params is read inside a Next request only'))
