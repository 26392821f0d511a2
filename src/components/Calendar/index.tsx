import type { I18nClient } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import type { AppTranslationKey, AppTranslations } from '@/translations'

import { AdminViewFrame } from '../AdminViewFrame'
import { CalendarClient } from './CalendarClient'
import './index.scss'

/** /admin/lich-xuat-ban: the publishing calendar. */
export const CalendarView = (view: AdminViewServerProps) => {
  const { t } = view.initPageResult.req.i18n as unknown as I18nClient<
    AppTranslations,
    AppTranslationKey
  >
  return (
    <AdminViewFrame view={view} path="/lich-xuat-ban" title={t('toasoan:calendar')}>
      <CalendarClient />
    </AdminViewFrame>
  )
}
