import type { TransitionDefinition } from '@plugins/newsroom'

/**
 * The newsroom's own step for moving an approved article's publish time: approved → approved, by
 * the editor-in-chief (who alone edits approved articles). Going through a transition is what
 * makes the plugin queue the publication at the new time and record who moved it; the job queued
 * for the old time then finds the time changed and does nothing.
 */
export const rescheduleTransition: TransitionDefinition = {
  from: ['approved'],
  to: 'approved',
  label: { vi: 'Xác nhận giờ xuất bản', en: 'Confirm publish time' },
  actors: ['editorInChief'],
}
