import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadSecret } from '@/lib/payloadSecret'
import { paths } from '@/portal/components/paths'
import { PREVIEW_COOKIE } from '@/portal/preview/previewCookie'
import { verifyPreviewToken } from '@/portal/preview/previewToken'

const refused = () =>
  new Response(
    '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Không xem trước được</title>' +
      '<h1>Không xem trước được</h1><p>Liên kết xem trước không hợp lệ hoặc đã hết hạn. ' +
      'Mở lại bài trong trang quản trị và bấm "Xem trước".</p></html>',
    {
      status: 403,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )

/**
 * "Xem trước" from the admin lands here with a signed, short-lived token. A valid one turns on
 * Next's draft mode, keeps the token in an http-only cookie for as long as it lives, and opens
 * the draft's page; a forged or expired one is refused (403). `?thoat` leaves the preview.
 */
export const GET = async (request: Request) => {
  const url = new URL(request.url)
  const draft = await draftMode()
  const jar = await cookies()
  if (url.searchParams.has('thoat')) {
    draft.disable()
    jar.delete(PREVIEW_COOKIE)
    redirect(paths.home)
  }
  const token = url.searchParams.get('token') ?? ''
  const claims = verifyPreviewToken({ secret: payloadSecret(), token })
  if (!claims) return refused()
  draft.enable()
  jar.set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    path: '/xem-truoc',
    maxAge: Math.floor((claims.expiresAt - Date.now()) / 1000),
  })
  redirect(paths.preview(claims.articleId))
}
