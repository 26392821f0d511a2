import type { ReactNode } from 'react'

import { PortalRoot, portalRootMetadata } from '@/portal/pages/PortalRoot'
import '../../portal.css'

/**
 * No host at build time (the API may not be running then): each host's pages are rendered when a
 * reader first opens them, then served from Next's cache until their queries' tags are
 * revalidated or their revalidate time runs out (src/portal/api/portalQuery.ts).
 */
export const generateStaticParams = (): { host: string }[] => []

export const generateMetadata = () => portalRootMetadata('vi')

/** The portal's own root layout, beside the admin's (Payload's website template does the same). */
const PortalLayout = ({ children }: { children: ReactNode }) => (
  <PortalRoot language="vi">{children}</PortalRoot>
)

export default PortalLayout
