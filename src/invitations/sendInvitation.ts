import type { Payload, PayloadRequest } from 'payload'

import { siteBranding } from '../branding/siteBranding'
import { passwordResetLink } from '../lib/passwordResetLink'
import type { User } from '../payload-types'

/** How long an invitation's set-password link works. */
export const INVITATION_VALID_HOURS = 72

/**
 * Emails a person a link to choose their password: Payload's own reset-password token, valid for
 * three days instead of the one hour of "forgot password". A new invitation replaces the previous
 * link (Payload keeps one token per account).
 */
export const sendInvitation = async ({
  payload,
  user,
  req,
}: {
  payload: Payload
  user: Pick<User, 'email' | 'fullName'>
  req?: PayloadRequest
}): Promise<void> => {
  const link = await passwordResetLink(payload, user.email, {
    expirationMs: INVITATION_VALID_HOURS * 3_600_000,
    req,
  })
  const { name } = await siteBranding(payload)
  await payload.sendEmail({
    to: user.email,
    subject: `Mời tham gia ${name} (invitation to ${name})`,
    text: [
      `Chào ${user.fullName},`,
      '',
      `Bạn được mời tham gia ${name}. Hãy đặt mật khẩu của mình tại liên kết dưới đây (có hiệu lực ${INVITATION_VALID_HOURS} giờ):`,
      link,
      '',
      `You have been invited to ${name}. Choose your password at the link above (valid for ${INVITATION_VALID_HOURS} hours).`,
    ].join('\n'),
  })
}
