import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the deploy tests' one `next build` goes: made by the first test that needs it. */
    deployBuildDir: string
  }
}

/**
 * One folder per run for the production build the deploy tests share, removed at the end; or the
 * folder DEPLOY_BUILD_DIR names, kept, to try a change in the tests without building again.
 */
export default function setup(project: TestProject) {
  const kept = process.env.DEPLOY_BUILD_DIR
  const dir = kept ?? mkdtempSync(path.join(tmpdir(), 'toasoan-deploy-build-'))
  project.provide('deployBuildDir', dir)
  return () => {
    if (!kept) rmSync(dir, { recursive: true, force: true })
  }
}
