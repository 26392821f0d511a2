import type { PayloadRequest } from 'payload'

import { editorRoles, hasRole } from './roles'

/** Editors, the editor-in-chief and admins. Usable as collection and field access. */
export const isEditor = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, editorRoles)
