'use client'

import { useConfig } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import type { ImportPlan } from '@/import/importTypes'
import type { ParsedArticle } from '@/import/parsedArticle'
import { responseErrorMessage } from '@toasoan/payload-plugin-newsroom/client'

import { useAppTranslation } from '../useAppTranslation'
import type { Corrections } from './formCorrections'

/** What POST /api/newsroom/import/preview answers. */
export type Preview = { parsed: ParsedArticle; plan: ImportPlan }

/** What POST /api/newsroom/import answers (201). */
export type Saved = {
  articleId?: string
  status: 'imported' | 'unchanged'
  created: Record<string, number>
  reused: Record<string, number>
}

/** Where the last failure is shown: by the paste box, or by the form's buttons. */
export type ImportError = { message: string; at: 'paste' | 'form' }

/**
 * The import's two requests: reading a text (POST /api/newsroom/import/preview) and saving it
 * (POST /api/newsroom/import). Only the latest request may change what is shown.
 */
export const useLegacyImport = () => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { i18n, t } = useAppTranslation()
  const [preview, setPreview] = useState<Preview>()
  /** The text the preview shows, as sent. */
  const [previewedText, setPreviewedText] = useState<string>()
  /** The corrections the preview shows, as sent (JSON). */
  const [previewedCorrections, setPreviewedCorrections] = useState<string>()
  const [error, setError] = useState<ImportError>()
  const [busy, setBusy] = useState<'preview' | 'save'>()
  const [saved, setSaved] = useState<Saved>()
  const latest = useRef(0)

  const post = async (path: string, body: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  const failure = (response: Response) =>
    responseErrorMessage(
      response,
      t('toasoan:failed', { status: response.status, statusText: response.statusText || 'error' }),
      i18n.language,
    )

  /**
   * Reads the text: afresh from the paste box, or again from the form with the editor's
   * corrections. The answer, or undefined when it failed or a newer request overtook it.
   */
  const read = async ({
    text,
    corrections,
    isReread,
  }: {
    text: string
    corrections: Corrections | undefined
    isReread: boolean
  }) => {
    const request = ++latest.current
    setBusy('preview')
    setError(undefined)
    setSaved(undefined)
    const at = isReread ? 'form' : 'paste'
    try {
      const response = await post('/newsroom/import/preview', {
        text,
        ...(corrections ? { corrections } : {}),
      })
      if (request !== latest.current) return undefined
      if (!response.ok) {
        setError({ message: await failure(response), at })
        return undefined
      }
      const answer = (await response.json()) as Preview
      setPreview(answer)
      setPreviewedText(text)
      setPreviewedCorrections(JSON.stringify(corrections ?? {}))
      return answer
    } catch (cause) {
      if (request === latest.current) {
        setError({ message: t('toasoan:readFailed', { reason: (cause as Error).message }), at })
      }
      return undefined
    } finally {
      if (request === latest.current) setBusy(undefined)
    }
  }

  const save = async (text: string, corrections: Corrections | undefined) => {
    const request = ++latest.current
    setBusy('save')
    setError(undefined)
    try {
      const response = await post('/newsroom/import', {
        text,
        ...(corrections ? { corrections } : {}),
      })
      if (request !== latest.current) return
      if (!response.ok) {
        setError({ message: await failure(response), at: 'form' })
        return
      }
      setSaved((await response.json()) as Saved)
    } catch (cause) {
      if (request === latest.current) {
        setError({
          message: t('toasoan:saveFailed', { reason: (cause as Error).message }),
          at: 'form',
        })
      }
    } finally {
      if (request === latest.current) setBusy(undefined)
    }
  }

  return { preview, previewedText, previewedCorrections, error, busy, saved, read, save }
}
