import { siteRoleAccess } from '@/access/siteRoles'

/**
 * Deleting loses history; the workflow's "spiked" stage is the everyday way to drop an article.
 * The editor-in-chief deletes on their own site.
 */
export const canDeleteArticle = siteRoleAccess(['admin', 'editorInChief'])
