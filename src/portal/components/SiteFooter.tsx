import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalWords } from '../i18n/words'
import type { PortalSiteSettings } from '../queries/siteSettings'

/** The agency responsible, the address and contact lines, the footer text, in `language`. */
export const SiteFooter = ({
  settings,
  language,
}: {
  settings: PortalSiteSettings | null
  language: SiteLanguage
}) => {
  const words = portalWords[language]
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="site-footer__name">{settings?.name}</p>
          {settings?.responsibleAgency ? (
            <p>
              {words.responsibleAgency}: {settings.responsibleAgency}
            </p>
          ) : null}
          {settings?.footerText ? <p className="site-footer__text">{settings.footerText}</p> : null}
        </div>
        <address>
          {settings?.address ? (
            <p>
              {words.address}: {settings.address}
            </p>
          ) : null}
          {settings?.phone ? (
            <p>
              {words.phone}:{' '}
              <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
            </p>
          ) : null}
          {settings?.email ? (
            <p>
              {words.email}: <a href={`mailto:${settings.email}`}>{settings.email}</a>
            </p>
          ) : null}
        </address>
      </div>
    </footer>
  )
}
