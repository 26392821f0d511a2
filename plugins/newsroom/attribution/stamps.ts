/**
 * Who moved a document into a stage, and when: filled by the transition into it, never by a
 * client. `publishedAt` stays the article's own publish time (scheduled, imported, first
 * publication); the stamp records the latest publish transition.
 */
export const stageStamps: Record<string, { by: string; at: string }> = {
  submitted: { by: 'submittedBy', at: 'submittedAt' },
  edited: { by: 'editedBy', at: 'editedAt' },
  approved: { by: 'approvedBy', at: 'approvedAt' },
  published: { by: 'publishedBy', at: 'lastPublishedAt' },
}

export const stampFieldNames = Object.values(stageStamps).flatMap(({ by, at }) => [by, at])
