import type { Metadata } from 'next'
import { cookies, draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { payloadSecret } from '@/lib/payloadSecret'
import { vietnamDay } from '@/lib/vietnamTime'
import { ArticleView } from '@/portal/components/ArticleView'
import { PREVIEW_COOKIE, STAFF_LOGIN_COOKIE } from '@/portal/preview/previewCookie'
import { verifyPreviewToken } from '@/portal/preview/previewToken'
import { getArticleDraft, getDaysWithArticles } from '@/portal/queries/articlePage'
import { getCategoryPage } from '@/portal/queries/categoryPage'

// Per request, never cached nor put into the cache: it reads the preview cookies.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

export const metadata: Metadata = { title: 'Xem trước', robots: { index: false, follow: false } }

/**
 * The draft, as the portal will show it. Three checks, each of which alone refuses: draft mode
 * on, a preview token of ours for this article that has not expired, and the staff member's own
 * login (the API reads the draft with it, and it must be the user the token was made for).
 * Anything else is the 404 page: nothing of the draft is read.
 */
const loadDraft = async (id: string) => {
  const { isEnabled } = await draftMode()
  const jar = await cookies()
  const token = jar.get(PREVIEW_COOKIE)?.value
  const login = jar.get(STAFF_LOGIN_COOKIE)?.value
  const claims = token ? verifyPreviewToken({ secret: payloadSecret(), token }) : null
  if (!isEnabled || !claims || claims.articleId !== id || !login) return null
  const { Article, meUser } = await getArticleDraft({ id, authorization: `JWT ${login}` }).catch(
    () => ({ Article: null, meUser: null }),
  )
  return Article && meUser?.user?.id === claims.userId ? Article : null
}

const PreviewPage = async ({ params }: Props) => {
  const article = await loadDraft((await params).id)
  if (!article) notFound()
  const month = vietnamDay(article.publishedAt ?? new Date()).slice(0, 7)
  const [days, category] = await Promise.all([
    getDaysWithArticles(month),
    article.category?.slug ? getCategoryPage(article.category.slug, 1) : null,
  ])
  const related = (category?.articles.docs ?? []).filter((item) => item.id !== article.id)
  return (
    <>
      <div className="preview-banner" role="status">
        Bản xem trước: nội dung chưa xuất bản, chỉ người trong tòa soạn thấy.{' '}
        {/* A route handler that clears draft mode, not a page: a full navigation. */}
        <a href="/xem-truoc?thoat">Thoát xem trước</a>
      </div>
      <ArticleView article={article} related={related.slice(0, 6)} month={month} days={days} />
    </>
  )
}

export default PreviewPage
