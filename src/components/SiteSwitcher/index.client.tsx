'use client'

import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { SelectInput } from '@payloadcms/ui'
import type { ViewTypes } from 'payload'

import { useAppTranslation } from '../useAppTranslation'
import './index.scss'

/** Views where "every site" may be chosen; a document stays on its own site's selection. */
const clearableViews: ViewTypes[] = ['dashboard', 'list']
const lockedViews: ViewTypes[] = ['document', 'version']

export const SiteSwitcherClient = ({ viewType }: { viewType?: ViewTypes }) => {
  const { options, selectedTenantID, setTenant } = useTenantSelection()
  const { t } = useAppTranslation()
  if (options.length <= 1) return null
  return (
    <div className="tenant-selector site-switcher">
      <SelectInput
        name="setTenant"
        path="setTenant"
        label={t('plugin-multi-tenant:nav-tenantSelector-label' as never)}
        placeholder={t('toasoan:siteSwitcherAll')}
        options={options}
        value={selectedTenantID as string | undefined}
        isClearable={Boolean(viewType && clearableViews.includes(viewType))}
        readOnly={Boolean(viewType && lockedViews.includes(viewType))}
        onChange={(option) => {
          const value = option && !Array.isArray(option) && 'value' in option ? option.value : null
          if (value === selectedTenantID) return
          setTenant({ id: (value ?? undefined) as number | string | undefined, refresh: true })
        }}
      />
    </div>
  )
}
