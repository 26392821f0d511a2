import type { Actor, StageDefinition, StageStamp, TransitionDefinition } from './types'

export const defaultStages: StageDefinition[] = [
  { value: 'draft', label: { vi: 'Nháp', en: 'Draft' }, color: '#6b7280' },
  { value: 'submitted', label: { vi: 'Chờ biên tập', en: 'Submitted' }, color: '#2563eb' },
  {
    value: 'edited',
    label: { vi: 'Đã biên tập – chờ duyệt', en: 'Edited, awaiting approval' },
    color: '#7c3aed',
  },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' }, color: '#0d9488' },
  { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' }, color: '#16a34a' },
  { value: 'returned', label: { vi: 'Trả lại', en: 'Returned' }, color: '#d97706' },
  { value: 'unpublished', label: { vi: 'Đã gỡ', en: 'Unpublished' }, color: '#b91c1c' },
  { value: 'spiked', label: { vi: 'Hủy bài', en: 'Spiked' }, color: '#374151' },
]

const EDITORS: Actor[] = ['editor', 'editorInChief']

export const defaultTransitions: TransitionDefinition[] = [
  {
    from: ['draft'],
    to: 'submitted',
    label: { vi: 'Gửi biên tập', en: 'Submit' },
    actors: ['author', ...EDITORS],
  },
  {
    from: ['returned'],
    to: 'submitted',
    label: { vi: 'Gửi lại', en: 'Resubmit' },
    actors: ['author'],
  },
  {
    from: ['submitted'],
    to: 'edited',
    label: { vi: 'Đã biên tập xong', en: 'Mark edited' },
    actors: EDITORS,
  },
  {
    from: ['submitted', 'edited'],
    to: 'returned',
    label: { vi: 'Trả lại tác giả', en: 'Return to author' },
    actors: EDITORS,
    requiresNote: true,
  },
  {
    from: ['edited'],
    to: 'approved',
    label: { vi: 'Duyệt', en: 'Approve' },
    actors: ['editorInChief'],
  },
  {
    from: ['approved'],
    to: 'published',
    label: { vi: 'Xuất bản', en: 'Publish' },
    actors: ['editorInChief', 'editor'],
  },
  {
    // A correction to a live article: the editor-in-chief approves and publishes it in one act.
    from: ['published'],
    to: 'published',
    label: { vi: 'Xuất bản bản sửa', en: 'Publish correction' },
    actors: ['editorInChief'],
  },
  {
    from: ['published'],
    to: 'unpublished',
    label: { vi: 'Gỡ bài', en: 'Unpublish' },
    actors: ['editorInChief'],
    requiresNote: true,
  },
  {
    from: ['unpublished'],
    to: 'draft',
    label: { vi: 'Chuyển về nháp', en: 'Back to draft' },
    actors: EDITORS,
  },
  {
    from: ['draft', 'submitted', 'edited', 'approved', 'returned', 'unpublished'],
    to: 'spiked',
    label: { vi: 'Hủy bài', en: 'Spike' },
    actors: ['editorInChief'],
    requiresNote: true,
  },
]

export const defaultEditableBy: Record<string, Actor[]> = {
  draft: ['author'],
  returned: ['author'],
  submitted: EDITORS,
  edited: EDITORS,
  approved: ['editorInChief'],
  published: ['editorInChief'],
  unpublished: ['editorInChief'],
}

/**
 * Stamps of the default stages. `publishedAt` stays the article's own publish time (scheduled,
 * imported, first publication); the stamp records the latest publish transition.
 */
export const defaultStamps: Record<string, StageStamp> = {
  submitted: {
    by: 'submittedBy',
    at: 'submittedAt',
    label: {
      by: { vi: 'Người gửi', en: 'Submitted by' },
      at: { vi: 'Gửi lúc', en: 'Submitted at' },
    },
  },
  edited: {
    by: 'editedBy',
    at: 'editedAt',
    label: {
      by: { vi: 'Người biên tập', en: 'Edited by' },
      at: { vi: 'Biên tập lúc', en: 'Edited at' },
    },
  },
  approved: {
    by: 'approvedBy',
    at: 'approvedAt',
    label: {
      by: { vi: 'Người duyệt', en: 'Approved by' },
      at: { vi: 'Duyệt lúc', en: 'Approved at' },
    },
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

export const defaultContributorManagerRoles: string[] = EDITORS

export const defaultRoyaltyManagerRoles: string[] = ['editorInChief']
