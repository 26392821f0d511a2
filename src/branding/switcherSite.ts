import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { headers } from 'next/headers'
import type { Payload } from 'payload'

/** The site chosen in the admin's site switcher (its cookie), if any. */
export const switcherSite = async (payload: Payload) =>
  getTenantFromCookie(await headers(), payload.db.defaultIDType)
