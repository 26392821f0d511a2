import { chromium, type Browser } from 'playwright-core'

import type { Json } from './json'
import { startDevServer, type RunningServer } from './server'

/**
 * Debian's Chromium, headless (never a downloaded browser). Without the networking flags it
 * keeps calling home, and this machine's closed network refuses it many times a second.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

export type Api = (
  path: string,
  options?: { token?: string; method?: string; body?: unknown },
) => Promise<Json>

/** REST over real HTTP against the running server; a failure says what the server printed. */
const restApi =
  (server: RunningServer): Api =>
  async (path, { token, method = 'GET', body } = {}) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) {
      throw new Error(
        `${method} ${path}: ${response.status} ${JSON.stringify(json)}\n${server.output()}`,
      )
    }
    return json
  }

export const loginOverRest = async (api: Api, email: string, password: string): Promise<string> =>
  (await api('/users/login', { method: 'POST', body: { email, password } })).token

/** The seed prints `…/admin/reset/<token>` once Payload has started; its host is not ours. */
const resetToken = async (server: RunningServer): Promise<string> => {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const match = server.output().match(/\/admin\/reset\/([\w-]+)/)
    if (match) return match[1]
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no reset link in the server output:\n${server.output()}`)
}

/**
 * `npm run dev` on a fresh database, as a person starts it: the first request starts Payload,
 * which loads the sample newsroom and prints the admin's one-time link; the test then sets the
 * admin's password through it, as a person would, and logs in.
 */
export const startSeededServer = async (
  adminPassword: string,
  options?: Parameters<typeof startDevServer>[0],
): Promise<{ server: RunningServer; api: Api; adminToken: string }> => {
  const server = await startDevServer(options)
  await fetch(`${server.url}/api/users/me`).catch((error: Error) => {
    throw new Error(`${error.message}; the server said:\n${server.output()}`)
  })
  const api = restApi(server)
  await api('/users/reset-password', {
    method: 'POST',
    body: { token: await resetToken(server), password: adminPassword },
  })
  return {
    server,
    api,
    adminToken: await loginOverRest(api, 'admin@toasoan.example', adminPassword),
  }
}
