import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'

const outDir = mkdtempSync(path.join(tmpdir(), 'toasoan-generated-'))
const committed = (file: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')
const fix = 'run `npm run generate` and commit the result'

describe('generated files', () => {
  it('should have src/payload-types.ts up to date with the config', async () => {
    const outputFile = path.join(outDir, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = outputFile
    try {
      await generateTypes(await config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(committed('src/payload-types.ts'), `payload-types.ts is stale: ${fix}`).toBe(
      readFileSync(outputFile, 'utf8'),
    )
  })

  it('should have the admin import map up to date with the config', async () => {
    // Beside the real one: the map imports project components by paths relative to itself.
    const importMapFile = path.resolve(
      import.meta.dirname,
      `../../src/app/(payload)/admin/importMap.check-${process.pid}.js`,
    )
    writeFileSync(importMapFile, '')
    try {
      const sanitized = await config
      await generateImportMap(
        {
          ...sanitized,
          admin: { ...sanitized.admin, importMap: { ...sanitized.admin.importMap, importMapFile } },
        },
        { force: true, log: false },
      )
      expect(
        committed('src/app/(payload)/admin/importMap.js'),
        `importMap.js is stale: ${fix}`,
      ).toBe(readFileSync(importMapFile, 'utf8'))
    } finally {
      rmSync(importMapFile, { force: true })
    }
  })
})
