import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { siteBranding } from '@/branding/siteBranding'
import { switcherSite } from '@/branding/switcherSite'
import type { AppTranslationKey, AppTranslations } from '@/translations'

/** Says on the login page whose newsroom this is. */
export const BeforeLogin = async ({ payload, i18n }: { payload: Payload; i18n: I18nClient }) => {
  const { name } = await siteBranding(payload, await switcherSite(payload))
  const { t } = i18n as unknown as I18nClient<AppTranslations, AppTranslationKey>
  return (
    <p className="toasoan-before-login" style={{ textAlign: 'center', fontSize: 16 }}>
      {t('toasoan:loginNewsroom', { name })}
    </p>
  )
}
