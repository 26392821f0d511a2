import type { CollectionAfterChangeHook } from 'payload'

import { serverURL } from '@/lib/serverURL'
import type { EditorialComment, User } from '@/payload-types'

const idOf = (value: string | User | null | undefined): string | undefined =>
  typeof value === 'string' ? value : value?.id

/**
 * Mentioning a colleague emails them the comment and a link to the article. Only people newly
 * mentioned are told (an edit that adds a name tells that person), never the writer themselves.
 */
export const notifyMentions: CollectionAfterChangeHook<EditorialComment> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const already = new Set(operation === 'update' ? (previousDoc?.mentions ?? []).map(idOf) : [])
  const writerId = idOf(doc.author)
  const wanted = (doc.mentions ?? [])
    .map(idOf)
    .filter((id): id is string => Boolean(id) && !already.has(id) && id !== writerId)
  if (!wanted.length) return doc

  const articleId = idOf(doc.article as never) ?? String(doc.article)
  const [{ docs: people }, article, writer] = await Promise.all([
    req.payload.find({
      collection: 'users',
      where: { id: { in: wanted } },
      depth: 0,
      limit: wanted.length,
      req,
      select: { email: true },
    }),
    req.payload.findByID({
      collection: 'articles',
      id: articleId,
      depth: 0,
      draft: true,
      req,
      disableErrors: true,
    }),
    writerId
      ? req.payload.findByID({
          collection: 'users',
          id: writerId,
          depth: 0,
          req,
          disableErrors: true,
        })
      : null,
  ])
  const title = article?.title ?? articleId
  const link = `${serverURL()}/admin/collections/articles/${articleId}`
  await Promise.all(
    people.map((person) =>
      req.payload
        .sendEmail({
          to: person.email,
          subject: `[Tòa soạn] ${writer?.fullName ?? 'Một đồng nghiệp'} nhắc đến bạn: ${title}`,
          text: [
            `${writer?.fullName ?? 'Một đồng nghiệp'} nhắc đến bạn trong bình luận biên tập về "${title}":`,
            '',
            doc.text,
            '',
            `Mở bài: ${link}`,
          ].join('\n'),
        })
        .catch((error: unknown) =>
          req.payload.logger.error({ err: error, msg: `mention email to ${person.email} failed` }),
        ),
    ),
  )
  return doc
}
