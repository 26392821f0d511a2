import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

export const projectRoot = path.resolve(import.meta.dirname, '../../..')

const run = promisify(execFile)

/** Runs a TypeScript file of the project with tsx, as the npm scripts do; resolves with its stdout. */
export const runTsx = async (
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string = projectRoot,
): Promise<string> => {
  const tsx = path.join(projectRoot, 'node_modules/.bin/tsx')
  const { stdout } = await run(tsx, ['--conditions=development', file, ...args], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}
