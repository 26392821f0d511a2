import type { ReactNode } from 'react'

import { PortalRoot, portalRootMetadata } from '@/portal/pages/PortalRoot'
import '../../../(frontend)/portal.css'

/**
 * No host at build time (the API may not be running then): each host's pages are rendered when a
 * reader first opens them, then served from Next's cache until their queries' tags are
 * revalidated or their revalidate time runs out (src/portal/api/portalQuery.ts).
 */
export const generateStaticParams = (): { host: string }[] => []

export const generateMetadata = () => portalRootMetadata('en')

/** The English section's root layout (/en), beside the Vietnamese one. */
const EnglishLayout = ({ children }: { children: ReactNode }) => (
  <PortalRoot language="en">{children}</PortalRoot>
)

export default EnglishLayout
