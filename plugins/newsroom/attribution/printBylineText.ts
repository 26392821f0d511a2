import type { FieldHook } from 'payload'

import type { BylineRole } from './bylineRoles'
import { formatByline } from './formatByline'

type BylineEntry = { role?: BylineRole | null; displayName?: string | null }

/** `bylineText`: the byline as printed, from the names stored with each credit (no look-ups). */
export const printBylineText: FieldHook = ({ siblingData }) =>
  formatByline(
    ((siblingData.byline ?? []) as BylineEntry[]).map((entry) => ({
      name: entry.displayName ?? '',
      role: entry.role ?? 'text',
    })),
  )
