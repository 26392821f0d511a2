import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import dockerignore from '@balena/dockerignore'

import { projectRoot } from './runNode'

/**
 * The files `docker build .` would send: those of a clone (tracked, plus new ones git does not
 * ignore), less what .dockerignore leaves out, matched as Docker matches it.
 */
export const dockerContextFiles = (): string[] => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter(Boolean)
  const ignore = dockerignore().add(
    readFileSync(path.join(projectRoot, '.dockerignore'), 'utf8').split('\n'),
  )
  return ignore.filter(files)
}
