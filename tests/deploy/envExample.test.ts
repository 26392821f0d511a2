import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/** .env.example is what a deployer reads: every setting the app reads, and no other. */

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

const ENV_READ = /process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\])/g
const sourceFiles = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (/\.(ts|tsx|js|mjs)$/.test(entry)) return [full]
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => /\.(ts|tsx|js|mjs)$/.test(file) && !file.split(path.sep).includes('node_modules'),
    )
    .map((file) => path.join(full, file))
}
const envReadIn = (entries: string[]): Set<string> => {
  const names = new Set<string>()
  for (const file of entries.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, 'utf8').matchAll(ENV_READ)) {
      names.add((match[1] ?? match[2]) as string)
    }
  }
  return names
}
const APP_SOURCES = ['src', 'collections', 'plugins', 'payload.config.ts', 'next.config.mjs']
// Variables for the test suite are read by its config and helpers, not by the app.
const TEST_SOURCES = ['vitest.config.ts', 'tests/helpers']

const envExampleNames = (): string[] =>
  [...read('.env.example').matchAll(/^\s*#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string)

describe('.env.example', () => {
  it('should list only variables that the code reads', () => {
    const readSomewhere = envReadIn([...APP_SOURCES, ...TEST_SOURCES])
    const listed = envExampleNames()
    expect(listed).toContain('PAYLOAD_SECRET')
    expect(listed.filter((name) => !readSomewhere.has(name))).toEqual([])
  })

  it('should list every variable the app reads, except those Node and Next set (NODE_ENV, NEXT_RUNTIME)', () => {
    const listed = new Set(envExampleNames())
    const readByApp = [...envReadIn(APP_SOURCES)].filter(
      (name) => !['NODE_ENV', 'NEXT_RUNTIME'].includes(name),
    )
    expect(readByApp).toContain('DATABASE_URI')
    expect(readByApp.filter((name) => !listed.has(name))).toEqual([])
  })
})
