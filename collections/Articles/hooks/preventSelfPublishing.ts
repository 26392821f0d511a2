import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../src/payload-types'
import { editorRoles, hasRole } from '../../../src/access/roles'

/**
 * Until the workflow plugin decides transitions, only editors and above may make an article
 * public: a reporter's or contributor's save must stay a draft.
 */
export const preventSelfPublishing: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  if (data._status === 'published' && req.user && !hasRole(req.user, editorRoles)) {
    throw new APIError(
      'Chỉ biên tập viên trở lên mới được xuất bản bài; hãy lưu bản nháp (only editors may publish).',
      403,
      undefined,
      true,
    )
  }
  return data
}
