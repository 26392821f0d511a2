import type { Label } from '../types'

/**
 * Who moved a document into a stage, and when: filled by the transition into it, never by a
 * client. `publishedAt` stays the article's own publish time (scheduled, imported, first
 * publication); the stamp records the latest publish transition.
 */
export const stageStamps: Record<
  string,
  { by: string; at: string; label: { by: Label; at: Label } }
> = {
  submitted: {
    by: 'submittedBy',
    at: 'submittedAt',
    label: { by: { vi: 'Người gửi', en: 'Submitted by' }, at: { vi: 'Gửi lúc', en: 'Submitted at' } },
  },
  edited: {
    by: 'editedBy',
    at: 'editedAt',
    label: { by: { vi: 'Người biên tập', en: 'Edited by' }, at: { vi: 'Biên tập lúc', en: 'Edited at' } },
  },
  approved: {
    by: 'approvedBy',
    at: 'approvedAt',
    label: { by: { vi: 'Người duyệt', en: 'Approved by' }, at: { vi: 'Duyệt lúc', en: 'Approved at' } },
  },
  published: {
    by: 'publishedBy',
    at: 'lastPublishedAt',
    label: {
      by: { vi: 'Người xuất bản', en: 'Published by' },
      at: { vi: 'Xuất bản lần cuối lúc', en: 'Last published at' },
    },
  },
}

export const stampFieldNames = Object.values(stageStamps).flatMap(({ by, at }) => [by, at])
