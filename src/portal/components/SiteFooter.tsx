import type { PortalSiteSettings } from '../queries/siteSettings'

/** The agency responsible, the address and contact lines, the footer text. */
export const SiteFooter = ({ settings }: { settings: PortalSiteSettings | null }) => (
  <footer className="site-footer">
    <div className="container site-footer__inner">
      <div>
        <p className="site-footer__name">{settings?.name}</p>
        {settings?.responsibleAgency ? <p>Cơ quan chủ quản: {settings.responsibleAgency}</p> : null}
        {settings?.footerText ? <p className="site-footer__text">{settings.footerText}</p> : null}
      </div>
      <address>
        {settings?.address ? <p>Địa chỉ: {settings.address}</p> : null}
        {settings?.phone ? (
          <p>
            Điện thoại:{' '}
            <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
          </p>
        ) : null}
        {settings?.email ? (
          <p>
            Thư điện tử: <a href={`mailto:${settings.email}`}>{settings.email}</a>
          </p>
        ) : null}
      </address>
    </div>
  </footer>
)
