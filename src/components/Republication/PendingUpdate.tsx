'use client'

import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { adminDateTime } from '@/lib/adminDateTime'
import type { PendingUpdate as Pending } from '@collections/Articles/republish/sourceContent'
import { responseErrorMessage } from '@toasoan/payload-plugin-newsroom/client'

import { useAppTranslation } from '../useAppTranslation'
import './index.scss'

type TextNode = { text?: unknown; children?: TextNode[] }

/** A Lexical body as its paragraphs' plain text, for the side-by-side comparison. */
const paragraphsOf = (body: unknown): string[] => {
  const textOf = (node: TextNode): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')
  const children = (body as { root?: TextNode } | null)?.root?.children ?? []
  return children.map(textOf).filter((text) => text.trim())
}

/** Paragraphs only in `these`, marked as changed against `others`. */
const Paragraphs = ({
  these,
  others,
  Mark,
}: {
  these: string[]
  others: string[]
  Mark: 'ins' | 'del'
}) => (
  <>
    {these.map((text, index) =>
      others.includes(text) ? (
        <p key={index}>{text}</p>
      ) : (
        <p key={index}>
          <Mark>{text}</Mark>
        </p>
      ),
    )}
  </>
)

/**
 * The correction the source published, beside the republication as it is: title, lead and body,
 * changed paragraphs marked; and the editor-in-chief's button that applies it and republishes.
 */
export const PendingUpdate = () => {
  const { id } = useDocumentInfo()
  const { i18n, t } = useAppTranslation()
  const value = useFormFields(([fields]) => fields['republication.pendingUpdate']?.value) as
    Pending | null | undefined
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  const lead = useFormFields(([fields]) => fields.lead?.value) as string | undefined
  const body = useFormFields(([fields]) => fields.body?.value)
  const [isSending, setIsSending] = useState(false)

  if (!value || !id) return null
  const { content } = value
  const rows: { label: string; current: string[]; proposed: string[] }[] = [
    { label: t('toasoan:pendingTitle'), current: [title ?? ''], proposed: [content.title] },
    { label: t('toasoan:pendingLead'), current: [lead ?? ''], proposed: [content.lead ?? ''] },
    {
      label: t('toasoan:pendingBody'),
      current: paragraphsOf(body),
      proposed: paragraphsOf(content.body),
    },
  ]

  const approve = async () => {
    setIsSending(true)
    try {
      const response = await fetch(`/api/articles/${id}/republication/approve`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) {
        const message = await responseErrorMessage(response, String(response.status), i18n.language)
        toast.error(t('toasoan:approveFailed', { message }))
        return
      }
      toast.success(t('toasoan:approvedUpdate'))
      window.location.reload()
    } finally {
      setIsSending(false)
    }
  }

  return (
    <div
      className="field-type pending-update"
      role="region"
      aria-label={t('toasoan:pendingUpdate')}
    >
      <p className="field-label">{t('toasoan:pendingUpdate')}</p>
      <p className="field-description">
        {t('toasoan:pendingUpdateIntro', { date: adminDateTime(value.proposedAt) })}
      </p>
      <table>
        <thead>
          <tr>
            <th />
            <th>{t('toasoan:pendingCurrent')}</th>
            <th>{t('toasoan:pendingProposed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.current.join('\n') === row.proposed.join('\n') ? (
                <td colSpan={2}>{t('toasoan:pendingUnchanged')}</td>
              ) : (
                <>
                  <td>
                    <Paragraphs these={row.current} others={row.proposed} Mark="del" />
                  </td>
                  <td>
                    <Paragraphs these={row.proposed} others={row.current} Mark="ins" />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Button buttonStyle="primary" size="small" disabled={isSending} onClick={approve}>
        {isSending ? t('toasoan:approvingUpdate') : t('toasoan:approveUpdate')}
      </Button>
    </div>
  )
}
