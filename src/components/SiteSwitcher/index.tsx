import type { ViewTypes } from 'payload'

import { SiteSwitcherClient } from './index.client'

/**
 * The admin's site switcher ("Cổng thông tin"), in place of the multi-tenant plugin's own
 * (plugins/sites.ts): the same selection, and "Tất cả cổng" rather than Payload's "select a
 * value" while no site is chosen.
 */
export const SiteSwitcher = ({ viewType }: { viewType?: ViewTypes }) => (
  <SiteSwitcherClient viewType={viewType} />
)
