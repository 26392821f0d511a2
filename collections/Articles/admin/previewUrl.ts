import type { GeneratePreviewURL } from 'payload'

import { isStaff } from '@/access/isStaff'
import { payloadSecret } from '@/lib/payloadSecret'
import { hasConfiguredServerURL, serverURL } from '@/lib/serverURL'
import { signPreviewToken } from '@/portal/preview/previewToken'

/**
 * "Xem trước" in the article's edit view: the portal's /xem-truoc with a token signed for this
 * article and this staff member, valid for minutes. Payload makes the link anew each time the
 * edit view builds its form, so an open editor keeps a fresh one. Nobody else gets a link.
 */
export const previewUrl: GeneratePreviewURL = (doc, { req }) => {
  if (!req.user || !isStaff({ req }) || !doc.id) return null
  const token = signPreviewToken({
    secret: payloadSecret(),
    articleId: String(doc.id),
    userId: String(req.user.id),
  })
  // Relative unless the site's address is set: the admin and the portal are one app.
  return `${hasConfiguredServerURL() ? serverURL() : ''}/xem-truoc?token=${token}`
}
