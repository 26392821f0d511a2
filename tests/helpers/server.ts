import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A port nobody listens on at this moment, on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export type RunningServer = {
  url: string
  /** Everything the server printed so far, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts the app as the README does (`npm run dev`) on a free port, with a database and media
 * folder of its own, and resolves once the server listens. The first request still compiles.
 */
export const startDevServer = async ({
  databaseUri,
  distDir,
  env: extraEnv = {},
  logFile,
}: {
  /** Another database than a fresh SQLite file (e.g. a fresh database on TEST_MONGODB_URI). */
  databaseUri?: string
  /** Next's build folder: a second dev server in one project folder needs its own. */
  distDir?: string
  /** More environment for the server (never its NODE_ENV: it runs as `npm run dev`). */
  env?: Record<string, string>
  /** A file that receives everything the server prints, for test workers to read. */
  logFile?: string
} = {}): Promise<RunningServer> => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'toasoan-e2e-'))
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Vitest runs with NODE_ENV=test; the server runs as `npm run dev` does for a person.
    NODE_ENV: 'development',
    DATABASE_URI: databaseUri ?? `file:${path.join(workDir, 'e2e.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    PAYLOAD_SECRET: 'e2e-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    // The address a browser uses (see `url` below): links, CSRF and CORS come from it.
    SERVER_URL: `http://localhost:${port}`,
    ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
    ...extraEnv,
  }
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let isRecording = true
  const record = (chunk: Buffer) => {
    output += chunk
    // Workers may still print after npm has exited; the file may be gone by then.
    if (logFile && isRecording) appendFileSync(logFile, chunk)
  }
  child.stdout.on('data', record)
  child.stderr.on('data', record)

  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Ready in/.test(output)) {
        clearInterval(timer)
        resolve()
      }
    }, 100)
    child.once('exit', (code) => {
      clearInterval(timer)
      reject(new Error(`npm run dev exited with ${code} before it was ready:\n${output}`))
    })
  })

  return {
    // localhost, not 127.0.0.1: next dev refuses its live-reload socket to the latter, and the
    // admin then stays blank in a browser.
    url: `http://localhost:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        // npm → next → workers: the whole process group goes.
        process.kill(-child.pid!, 'SIGTERM')
        await exited
      }
      isRecording = false
      rmSync(workDir, { recursive: true, force: true })
    },
  }
}
