import type { Access, PayloadRequest, Where } from 'payload'

import type { SanitizedWebhooksConfig } from '../types'

/** The sites whose endpoints the user manages: `true` all (installation-wide ones too). */
export const managedSites = (
  config: SanitizedWebhooksConfig,
  req: PayloadRequest,
): true | (number | string)[] => {
  const result = config.canManage({ req })
  if (result === true) return true
  return Array.isArray(result) && config.sites ? result : []
}

/**
 * Access to endpoints and deliveries: every one for `canManage`'s `true`, those whose site is
 * one of its list otherwise (the field both collections name their site in).
 */
export const manageAccess =
  (config: SanitizedWebhooksConfig): Access =>
  ({ req }): boolean | Where => {
    const sites = managedSites(config, req)
    if (sites === true) return true
    if (!sites.length || !config.sites) return false
    return { [config.sites.field]: { in: sites } }
  }
