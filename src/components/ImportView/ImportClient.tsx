'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import type { AppTranslationKey } from '@/translations'
import { messageInLanguage } from '@toasoan/payload-plugin-newsroom/client'

import { useAppTranslation } from '../useAppTranslation'
import { correctionsOf, emptyForm, formOf, type Form } from './formCorrections'
import { baseClass, CheckBadge } from './ImportBadges'
import { ImportForm } from './ImportForm'
import { ImportPlan } from './ImportPlan'
import { useLegacyImport } from './useLegacyImport'
import './index.scss'

/** The fields of the plan's warnings, as the editor knows them. */
const warningKeys: Record<string, AppTranslationKey> = {
  title: 'toasoan:title',
  lead: 'toasoan:lead',
  byline: 'toasoan:byline',
  publishedAt: 'toasoan:warnPublishedAt',
  views: 'toasoan:views',
  units: 'toasoan:units',
  officials: 'toasoan:officials',
  people: 'toasoan:warnPeople',
  meeting: 'toasoan:meeting',
  'meeting.date': 'toasoan:meetingDate',
  'meeting.partOfDay': 'toasoan:partOfDay',
  'meeting.kind': 'toasoan:meetingKind',
  'meeting.chair': 'toasoan:warnChair',
  'meeting.hostUnit': 'toasoan:hostUnit',
  titleReferences: 'toasoan:titleReferences',
}

/**
 * Paste a legacy article, read it (POST /api/newsroom/import/preview), correct what was read
 * wrongly, and save it as a draft (POST /api/newsroom/import).
 */
export const ImportClient = () => {
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const { i18n, t } = useAppTranslation()
  const id = useId()
  const { preview, previewedText, previewedCorrections, error, busy, saved, read, save } =
    useLegacyImport()
  const [text, setText] = useState('')
  /** The form as the text was first read: corrections are the differences from it. */
  const [readForm, setReadForm] = useState<Form>()
  const [form, setForm] = useState<Form>(emptyForm)

  const corrections = correctionsOf(form, readForm)
  const hasUnreadCorrections =
    preview !== undefined && JSON.stringify(corrections ?? {}) !== previewedCorrections
  const isStale = preview !== undefined && previewedText !== text

  /** Reads the text: afresh (the editor's corrections dropped), or again with them. */
  const readText = async (isReread: boolean) => {
    const answer = await read({ text, corrections: isReread ? corrections : undefined, isReread })
    if (answer && !isReread) {
      const asRead = formOf(answer.parsed)
      setReadForm(asRead)
      setForm(asRead)
    }
  }

  const plan = preview?.plan
  const parsed = preview?.parsed
  const warnings = plan?.warnings ?? []
  const isFlagged = (field: string) =>
    warnings.some((warning) => warning.field === field || warning.field.startsWith(`${field}.`))
  const update = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((current) => ({ ...current, [key]: value }))
  const articleURL = saved?.articleId
    ? formatAdminURL({ adminRoute, path: `/collections/articles/${saved.articleId}` })
    : undefined
  const canSave = Boolean(plan) && !plan?.isAlreadyImported && !isStale && !busy && !saved

  return (
    <div className={baseClass}>
      <div className={`${baseClass}__paste`}>
        <label className={`${baseClass}__label`} htmlFor={`${id}-text`}>
          {t('toasoan:pasteLabel')}
        </label>
        <textarea
          className={`${baseClass}__text`}
          id={`${id}-text`}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('toasoan:pastePlaceholder')}
          rows={14}
          spellCheck={false}
          value={text}
        />
        <div className={`${baseClass}__actions`}>
          <Button
            buttonStyle={preview ? 'secondary' : 'primary'}
            disabled={!text.trim() || Boolean(busy)}
            margin={false}
            onClick={() => void readText(false)}
            type="button"
          >
            {t('toasoan:read')}
          </Button>
          {busy === 'preview' && (
            <span className={`${baseClass}__status`}>{t('toasoan:reading')}</span>
          )}
          {isStale && <span className={`${baseClass}__status`}>{t('toasoan:stale')}</span>}
        </div>
      </div>

      {error?.at === 'paste' && (
        <p className={`${baseClass}__error`} role="alert">
          {error.message}
        </p>
      )}

      {plan && parsed && (
        <div className={`${baseClass}__preview`} aria-label={t('toasoan:preview')} role="region">
          {plan.isAlreadyImported && (
            <p className={`${baseClass}__already`} role="alert">
              {t('toasoan:alreadyImported')}
            </p>
          )}

          {warnings.length > 0 && (
            <ul className={`${baseClass}__warnings`} aria-label={t('toasoan:check')}>
              {warnings.map((warning, index) => (
                <li key={index}>
                  <CheckBadge />{' '}
                  <strong>
                    {warningKeys[warning.field] ? t(warningKeys[warning.field]) : warning.field}:
                  </strong>{' '}
                  {messageInLanguage(warning.message, i18n.language)}
                </li>
              ))}
            </ul>
          )}

          <div className={`${baseClass}__columns`}>
            <ImportForm
              actions={
                <>
                  <Button
                    buttonStyle="secondary"
                    disabled={Boolean(busy) || isStale}
                    margin={false}
                    onClick={() => void readText(true)}
                    type="button"
                  >
                    {t('toasoan:readAgain')}
                  </Button>
                  <Button
                    buttonStyle="primary"
                    disabled={!canSave}
                    margin={false}
                    onClick={() => void save(text, corrections)}
                    type="button"
                  >
                    {t('toasoan:saveDraft')}
                  </Button>
                  {busy === 'save' && (
                    <span className={`${baseClass}__status`}>{t('toasoan:saving')}</span>
                  )}
                  {hasUnreadCorrections && !busy && (
                    <span className={`${baseClass}__status`}>{t('toasoan:corrected')}</span>
                  )}
                </>
              }
              articleURL={articleURL}
              error={error}
              form={form}
              hasMeeting={Boolean(parsed.meeting)}
              isFlagged={isFlagged}
              saved={saved}
              update={update}
            />
            <ImportPlan isFlagged={isFlagged} parsed={parsed} plan={plan} />
          </div>
        </div>
      )}
    </div>
  )
}
