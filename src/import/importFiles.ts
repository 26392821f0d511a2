import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { applyImport, type ImportOutcome } from './applyImport'
import { loadImportDirectory } from './importDirectory'
import type { ImportPlan } from './importTypes'
import { parseArticle } from './parseArticle'
import { looksLikeHtml, parseHtmlArticle } from './parseHtmlArticle'
import { planImport } from './planImport'
import { readArticleFile } from './readArticleFile'

/** What an editor must check in one imported (or planned) file. */
export type ImportReview = {
  file: string
  title: string
  status: ImportOutcome['status'] | 'planned'
  warnings: ImportPlan['warnings']
}

export type ImportReport = {
  outcomes: ImportOutcome[]
  plans: ImportPlan[]
  failures: { file: string; reason: string }[]
  /** Every file read, in order, with its uncertain points: the editors' CSV report. */
  reviews: ImportReview[]
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
  const report: ImportReport = { outcomes: [], plans: [], failures: [], reviews: [] }
  for (const [index, file] of files.entries()) {
    onProgress?.(index, files.length, file)
    try {
      const options = { fileName: path.basename(file) }
      const text = readArticleFile(file, options.fileName)
      const parsed =
        /\.html?$/iu.test(file) || looksLikeHtml(text)
          ? parseHtmlArticle(text, options)
          : parseArticle(text, options)
      const plan = await planImport({ payload, directory, parsed, file, publish })
      const review = { file, title: parsed.title, warnings: plan.warnings }
      if (dryRun) {
        report.plans.push(plan)
        report.reviews.push({ ...review, status: 'planned' })
      } else {
        const outcome = await applyImport({ payload, directory, plan, parsed })
        report.outcomes.push(outcome)
        report.reviews.push({ ...review, status: outcome.status })
      }
    } catch (error) {
      report.failures.push({ file, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  onProgress?.(files.length, files.length, '')
  return report
}
