import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '@tests/helpers/server'

export type ProductionServer = {
  url: string
  /** Everything the server printed so far, for failure messages. */
  output: () => string
  /** SIGTERM, as `docker stop` sends; resolves with the exit code. */
  stop: () => Promise<number | null>
}

type StartOptions = {
  /** A folder holding a `next build` (see productionBuild). */
  buildDir: string
  /** A folder for this instance's database and media, unless env says otherwise. */
  dataDir: string
  env?: Record<string, string>
}

const untilAnswers = async (
  url: string,
  server: { output: () => string; hasExited: () => boolean },
) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.hasExited()) throw new Error(`next start exited:\n${server.output()}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer /api/health within a minute:\n${server.output()}`)
}

/** `next start` as the Docker image runs it, on a free port; resolves once /api/health answers. */
export const startProduction = async ({
  buildDir,
  dataDir,
  env = {},
}: StartOptions): Promise<ProductionServer> => {
  const port = await freePort()
  const child = spawn(
    path.join(buildDir, 'node_modules/.bin/next'),
    ['start', '--port', String(port)],
    {
      cwd: buildDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PAYLOAD_SECRET: 'deploy-test-secret',
        DATABASE_URI: `file:${path.join(dataDir, 'toasoan.db')}`,
        MEDIA_DIR: path.join(dataDir, 'media'),
        NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const url = `http://localhost:${port}`
  const server = { output: () => output, hasExited: () => child.exitCode !== null }
  try {
    await untilAnswers(url, server)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
