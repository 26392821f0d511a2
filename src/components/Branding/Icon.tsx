import type { Payload } from 'payload'

import { siteBranding } from '@/branding/siteBranding'
import { switcherSite } from '@/branding/switcherSite'

import { ToasoanMark } from './ToasoanMark'

/** The nav's small icon: the portal's, or toasoan's mark. */
export const Icon = async ({ payload }: { payload: Payload }) => {
  const { name, iconUrl } = await siteBranding(payload, await switcherSite(payload))
  if (iconUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- an uploaded file of any size and host
    return <img className="toasoan-icon" src={iconUrl} alt={name} width={24} height={24} />
  }
  return <ToasoanMark size={24} title={name} />
}
