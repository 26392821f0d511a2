import type { Payload } from 'payload'

import { siteBranding } from '@/branding/siteBranding'
import { switcherSite } from '@/branding/switcherSite'

import { ToasoanMark } from './ToasoanMark'

/** The login page's and the dashboard's logo: the chosen site's, the defaults', or toasoan's mark. */
export const Logo = async ({ payload }: { payload: Payload }) => {
  const { name, logoUrl } = await siteBranding(payload, await switcherSite(payload))
  if (logoUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- an uploaded file of any size and host
    return <img className="toasoan-logo" src={logoUrl} alt={name} style={{ maxHeight: 80 }} />
  }
  return (
    <span
      className="toasoan-logo"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 12,
        fontSize: 28,
        fontWeight: 600,
      }}
    >
      <ToasoanMark size={56} title={name} />
      <span>{name}</span>
    </span>
  )
}
