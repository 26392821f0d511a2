import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { applyImport, type ImportOutcome } from './applyImport'
import { loadImportDirectory } from './importDirectory'
import type { ImportPlan } from './importTypes'
import { parseArticle } from './parseArticle'
import { looksLikeHtml, parseHtmlArticle } from './parseHtmlArticle'
import { planImport } from './planImport'

export type ImportReport = {
  outcomes: ImportOutcome[]
  plans: ImportPlan[]
  failures: { file: string; reason: string }[]
}

const ARTICLE_FILE = /\.(?:txt|html?)$/iu

/** The .txt and .html files named, and those inside the folders named, in a stable order. */
export const expandPaths = (paths: string[]): string[] =>
  paths.flatMap((entry) =>
    statSync(entry).isDirectory()
      ? readdirSync(entry)
          .filter((name) => ARTICLE_FILE.test(name))
          .sort()
          .map((name) => path.join(entry, name))
      : [entry],
  )

/**
 * Imports legacy article files one by one: each is parsed, planned and written entirely or not
 * at all; a file that fails is reported with its reason and the others go on. With `dryRun`
 * nothing is written and the plans say what would be.
 */
export const importFiles = async ({
  payload,
  files,
  publish = false,
  dryRun = false,
  onProgress,
}: {
  payload: Payload
  files: string[]
  publish?: boolean
  dryRun?: boolean
  onProgress?: (done: number, total: number, file: string) => void
}): Promise<ImportReport> => {
  const directory = await loadImportDirectory(payload)
  const report: ImportReport = { outcomes: [], plans: [], failures: [] }
  for (const [index, file] of files.entries()) {
    onProgress?.(index, files.length, file)
    try {
      const text = readFileSync(file, 'utf8')
      const options = { fileName: path.basename(file) }
      const parsed =
        /\.html?$/iu.test(file) || looksLikeHtml(text)
          ? parseHtmlArticle(text, options)
          : parseArticle(text, options)
      const plan = await planImport({ payload, directory, parsed, file, publish })
      if (dryRun) report.plans.push(plan)
      else report.outcomes.push(await applyImport({ payload, directory, plan, parsed }))
    } catch (error) {
      report.failures.push({ file, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  onProgress?.(files.length, files.length, '')
  return report
}
