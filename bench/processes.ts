import { spawn } from 'node:child_process'

export type Running = { origin: string; stop: () => Promise<void> }

/** Runs a command to the end, its output shown; fails on a non-zero exit. */
export const runToEnd = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

/** Starts a server and waits until `origin + probe` answers (any status). */
export const startServer = async ({
  command,
  args,
  env,
  origin,
  probe,
  cwd,
}: {
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  origin: string
  probe: string
  /** Where it runs (tsx reads that folder's tsconfig paths): this checkout unless given. */
  cwd?: string
}): Promise<Running> => {
  const child = spawn(command, args, {
    env,
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`)
    try {
      await fetch(origin + probe)
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  return {
    origin,
    stop: async () => {
      // The whole process group: `next start` runs the server in a child of its own.
      if (child.exitCode === null) process.kill(-(child.pid ?? 0), 'SIGTERM')
      await exited
    },
  }
}
