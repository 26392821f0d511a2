'use client'

import { getTranslation } from '@payloadcms/translations'
import { DatePicker, Link } from '@payloadcms/ui'
import { useEffect, useState, type ReactNode } from 'react'

import { meetingKinds } from '@/options/meetingKinds'
import { partsOfDay } from '@/options/partsOfDay'
import type { AppTranslationKey } from '@/translations'
import { DayInput } from '@toasoan/payload-plugin-newsroom/client'

import { useAppTranslation } from '../useAppTranslation'
import type { Form } from './formCorrections'
import { baseClass, CheckBadge } from './ImportBadges'
import type { ImportError, Saved } from './useLegacyImport'

/** How the import's save answer names what it created. */
const createdKeys: Record<string, AppTranslationKey> = {
  units: 'toasoan:countUnits',
  officials: 'toasoan:countOfficials',
  contributors: 'toasoan:countContributors',
  people: 'toasoan:countPeople',
  meetings: 'toasoan:countMeetings',
  articles: 'toasoan:countArticles',
}

/** The categories an article can be filed under, by name. */
const useCategories = () => {
  const [categories, setCategories] = useState<{ id: string; name: string }[]>([])
  useEffect(() => {
    const controller = new AbortController()
    fetch('/api/categories?limit=200&depth=0&sort=name', {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: { id: string | number; name?: string }[] }) =>
        setCategories(
          (body.docs ?? []).map((doc) => ({
            id: String(doc.id),
            name: doc.name ?? String(doc.id),
          })),
        ),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [])
  return categories
}

/** The article and meeting as read, for the editor to correct, and the buttons to read or save. */
export const ImportForm = ({
  form,
  update,
  isFlagged,
  hasMeeting,
  actions,
  error,
  saved,
  articleURL,
}: {
  form: Form
  update: <K extends keyof Form>(key: K, value: Form[K]) => void
  isFlagged: (field: string) => boolean
  hasMeeting: boolean
  /** "Đọc lại", "Lưu bản nháp" and their status. */
  actions: ReactNode
  error: ImportError | undefined
  saved: Saved | undefined
  articleURL: string | undefined
}) => {
  const { i18n, t } = useAppTranslation()
  const created = Object.entries(saved?.created ?? {}).filter(([, count]) => count > 0)
  const categories = useCategories()
  return (
    <div className={`${baseClass}__form`}>
      <h2>{t('toasoan:article')}</h2>
      <label className={`${baseClass}__field`}>
        <span>
          {t('toasoan:title')} {isFlagged('title') && <CheckBadge />}
        </span>
        <input
          onChange={(event) => update('title', event.target.value)}
          type="text"
          value={form.title}
        />
      </label>
      <label className={`${baseClass}__field`}>
        <span>
          {t('toasoan:lead')} {isFlagged('lead') && <CheckBadge />}
        </span>
        <textarea
          onChange={(event) => update('lead', event.target.value)}
          rows={4}
          value={form.lead}
        />
      </label>
      <label className={`${baseClass}__field`}>
        <span>
          {t('toasoan:byline')} {isFlagged('byline') && <CheckBadge />}
        </span>
        <input
          onChange={(event) => update('byline', event.target.value)}
          type="text"
          value={form.byline}
        />
      </label>

      <div className={`${baseClass}__field`}>
        <span>
          {t('toasoan:publishedAt')} {isFlagged('publishedAt') && <CheckBadge />}
        </span>
        <DatePicker
          displayFormat="dd/MM/yyyy HH:mm"
          id="import-published-at"
          onChange={(date) => update('publishedAt', date ? date.toISOString() : '')}
          pickerAppearance="dayAndTime"
          placeholder="dd/MM/yyyy HH:mm"
          timeFormat="HH:mm"
          value={form.publishedAt || undefined}
        />
      </div>
      <label className={`${baseClass}__field`}>
        <span>
          {t('toasoan:importCategory')} {!form.category && <CheckBadge />}
        </span>
        <select onChange={(event) => update('category', event.target.value)} value={form.category}>
          <option value="">{t('toasoan:importNoCategory')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>

      <h2>
        {t('toasoan:meeting')} {isFlagged('meeting') && <CheckBadge />}
      </h2>
      {hasMeeting ? (
        <div className={`${baseClass}__row`}>
          <div className={`${baseClass}__field`}>
            <span>
              {t('toasoan:meetingDate')} {isFlagged('meeting.date') && <CheckBadge />}
            </span>
            <DayInput
              id="import-meeting-date"
              onChange={(day) => update('date', day)}
              value={form.date}
            />
          </div>
          <label className={`${baseClass}__field`}>
            <span>{t('toasoan:partOfDay')}</span>
            <select
              onChange={(event) => update('partOfDay', event.target.value as Form['partOfDay'])}
              value={form.partOfDay}
            >
              <option value="">{t('toasoan:partOfDayUnknown')}</option>
              {partsOfDay.map((option) => (
                <option key={option.value} value={option.value}>
                  {getTranslation(option.label, i18n)}
                </option>
              ))}
            </select>
          </label>
          <label className={`${baseClass}__field`}>
            <span>{t('toasoan:meetingKind')}</span>
            <select
              onChange={(event) => update('kind', event.target.value as Form['kind'])}
              value={form.kind}
            >
              {meetingKinds.map((option) => (
                <option key={option.value} value={option.value}>
                  {getTranslation(option.label, i18n)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <p className={`${baseClass}__muted`}>{t('toasoan:noMeeting')}</p>
      )}

      <div className={`${baseClass}__actions`}>{actions}</div>

      {error?.at === 'form' && (
        <p className={`${baseClass}__error`} role="alert">
          {error.message}
        </p>
      )}
      {saved && (
        <div className={`${baseClass}__success`} role="status">
          <p>
            {saved.status === 'imported' ? t('toasoan:savedDraft') : t('toasoan:unchanged')}{' '}
            {articleURL && (
              <Link href={articleURL} prefetch={false}>
                {t('toasoan:openArticle')}
              </Link>
            )}
          </p>
          {created.length > 0 && (
            <p className={`${baseClass}__muted`}>
              {t('toasoan:created')}:{' '}
              {created
                .map(([key, count]) => `${count} ${createdKeys[key] ? t(createdKeys[key]) : key}`)
                .join(', ')}
              .
            </p>
          )}
        </div>
      )}
    </div>
  )
}
