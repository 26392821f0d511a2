import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Deleting loses history; the workflow's "spiked" stage is the everyday way to drop an article. */
export const canDeleteArticle: Access = ({ req }) => hasRole(req.user, ['admin', 'editorInChief'])
