import type { FieldHook } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { printedLanguage, type BylineRole } from './bylineRoles'
import { formatByline } from './formatByline'

type BylineEntry = { role?: BylineRole | null; displayName?: string | null }

/**
 * `bylineText`: the byline as printed, from the names stored with each credit (no look-ups),
 * with the role words of the document's language (`languageField`): "Bài: …" or "Text: …".
 */
export const printBylineText =
  (config: SanitizedNewsroomConfig): FieldHook =>
  ({ siblingData }) =>
    formatByline(
      ((siblingData.byline ?? []) as BylineEntry[]).map((entry) => ({
        name: entry.displayName ?? '',
        role: entry.role ?? 'text',
      })),
      printedLanguage(config.languageField ? siblingData[config.languageField] : undefined),
    )
