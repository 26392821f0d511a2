'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { adminDateTime } from '@/lib/adminDateTime'
import type { EditorialComment, User } from '@/payload-types'
import type { AppTranslationKey, AppTranslations } from '@/translations'

type Person = Pick<User, 'id' | 'fullName'>

const nameOf = (person: EditorialComment['author'] | string | null | undefined) =>
  typeof person === 'object' && person ? person.fullName : ''

/** The article's comments, oldest first, with their writers and mentions. */
const fetchComments = async (articleId: string): Promise<EditorialComment[]> => {
  const query = new URLSearchParams({
    'where[article][equals]': articleId,
    sort: 'createdAt',
    depth: '1',
    limit: '200',
  })
  const response = await fetch(`/api/editorial-comments?${query}`, { credentials: 'include' })
  return response.ok ? ((await response.json()) as { docs: EditorialComment[] }).docs : []
}

/**
 * Bình luận biên tập: the staff's thread about this article, oldest first, with a box to add a
 * comment and the colleagues to mention (who are emailed). Staff only, like the comments' API.
 */
export const EditorialThread = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<AppTranslations, AppTranslationKey>()
  const [comments, setComments] = useState<EditorialComment[]>([])
  const [people, setPeople] = useState<Person[]>([])
  const [text, setText] = useState('')
  const [mentions, setMentions] = useState<string[]>([])
  const [isSending, setIsSending] = useState(false)

  const load = useCallback(
    () => (id ? fetchComments(String(id)).then(setComments) : Promise.resolve()),
    [id],
  )

  useEffect(() => {
    void load()
    void fetch('/api/users?limit=200&depth=0&sort=fullName&select[fullName]=true', {
      credentials: 'include',
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: Person[] }) => setPeople(body.docs))
  }, [load])

  if (!id) return <p className="field-description">{t('toasoan:commentsAfterSave')}</p>

  const send = async () => {
    if (!text.trim()) return
    setIsSending(true)
    try {
      const response = await fetch('/api/editorial-comments', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ article: id, text, mentions }),
      })
      const body = (await response.json()) as { errors?: { message: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status))
      setText('')
      setMentions([])
      toast.success(t('toasoan:commentSent'))
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setIsSending(false)
    }
  }

  return (
    <section className="editorial-thread" aria-label={t('toasoan:comments')}>
      <h3>{t('toasoan:comments')}</h3>
      {comments.length === 0 && <p className="field-description">{t('toasoan:noComments')}</p>}
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {comments.map((comment) => (
          <li key={comment.id} className="editorial-thread__comment" style={{ marginBottom: 12 }}>
            <div>
              <strong>{nameOf(comment.author)}</strong> · {adminDateTime(comment.createdAt)}
            </div>
            <div style={{ whiteSpace: 'pre-wrap' }}>{comment.text}</div>
            {Boolean(comment.mentions?.length) && (
              <div className="field-description">
                {t('toasoan:mentioned')}: {comment.mentions!.map(nameOf).join(', ')}
              </div>
            )}
          </li>
        ))}
      </ol>
      {/* Not a <form>: the thread sits inside Payload's document form, and forms do not nest. */}
      <div style={{ display: 'grid', gap: 8 }}>
        <label htmlFor="editorial-comment-text">{t('toasoan:newComment')}</label>
        <textarea
          id="editorial-comment-text"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label htmlFor="editorial-comment-mentions">{t('toasoan:mention')}</label>
        <select
          id="editorial-comment-mentions"
          multiple
          size={Math.min(5, Math.max(2, people.length))}
          value={mentions}
          onChange={(event) =>
            setMentions([...event.target.selectedOptions].map((option) => option.value))
          }
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.fullName}
            </option>
          ))}
        </select>
        <div>
          <Button buttonStyle="secondary" size="medium" disabled={isSending} onClick={send}>
            {t('toasoan:sendComment')}
          </Button>
        </div>
      </div>
    </section>
  )
}
