import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { inject } from 'vitest'

import { dockerContextFiles } from './dockerContext'
import { projectRoot } from './runNode'

const run = promisify(execFile)

/**
 * The deploy tests' one production build, made the first time a test asks: `next build` in a
 * folder holding exactly the Docker build context, with the image's build-time placeholders, so
 * that what breaks the image build breaks here. node_modules is hard-linked, not copied (the
 * image installs the same lockfile).
 */
export const productionBuild = async (): Promise<string> => {
  const dir = inject('deployBuildDir')
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir
  for (const file of dockerContextFiles()) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    copyFileSync(path.join(projectRoot, file), path.join(dir, file))
  }
  if (!existsSync(path.join(dir, 'node_modules'))) {
    await run('cp', ['-al', path.join(projectRoot, 'node_modules'), dir])
  }
  await run(path.join(dir, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The Dockerfile's build-only placeholders.
      PAYLOAD_SECRET: 'build-only-placeholder-not-a-secret',
      DATABASE_URI: 'mongodb://build-placeholder:27017/build',
    },
    maxBuffer: 64 * 1024 * 1024,
  })
  return dir
}
