import { getTranslation } from '@payloadcms/translations'
import type { I18nClient } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import type { AppTranslationKey, AppTranslations } from '@/translations'
import { siteSettingsFields } from '@collections/Sites/settingsFields'
import { SITE_SETTINGS } from '@collections/SiteSettings/slug'
import { slugs } from '@collections/slugs'

import './index.scss'

type Values = Record<string, unknown>

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** A setting as the editor recognises it: the text, or a logo's alt text or file name. */
const shown = (value: unknown): string =>
  value && typeof value === 'object'
    ? String((value as { alt?: unknown }).alt || (value as { filename?: unknown }).filename || '')
    : String(value)

/**
 * Under a site's "Thông tin in trên cổng": what each item left empty prints now, taken from the
 * parent site (its settings in force, themselves inherited where it leaves them empty) or, for a
 * site with no parent, from the installation's defaults.
 */
export const InheritedSettings = async ({
  data,
  req,
}: {
  data?: { parent?: unknown; settings?: Values | null }
  req: PayloadRequest
}) => {
  const { t } = req.i18n as unknown as I18nClient<AppTranslations, AppTranslationKey>
  const parent = idOf(data?.parent)
  const source: Values | null =
    typeof parent === 'string' || typeof parent === 'number'
      ? (((
          await req.payload.find({
            collection: slugs.sites,
            where: { id: { equals: parent } },
            depth: 1,
            limit: 1,
            locale: req.locale ?? undefined,
            req,
          })
        ).docs[0]?.settings as Values | undefined) ?? null)
      : ((await req.payload.findGlobal({
          slug: SITE_SETTINGS,
          depth: 1,
          locale: req.locale ?? undefined,
          req,
        })) as unknown as Values)
  const own = data?.settings ?? {}
  const inherited = siteSettingsFields.flatMap((field) =>
    'name' in field && isEmpty(own[field.name]) && !isEmpty(source?.[field.name])
      ? [
          {
            label: getTranslation(field.label || field.name, req.i18n),
            value: source?.[field.name],
          },
        ]
      : [],
  )
  const from = t(parent ? 'toasoan:inheritedFromParent' : 'toasoan:inheritedFromDefaults')
  return (
    <div className="field-description inherited-settings">
      <p>{t('toasoan:inheritedSettingsIntro', { source: from })}</p>
      {inherited.length ? (
        <ul>
          {inherited.map(({ label, value }) => (
            <li key={String(label)}>
              {String(label)}: {shown(value)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('toasoan:inheritedNothing')}</p>
      )}
    </div>
  )
}
