/** toasoan's own mark: a folded newspaper page with the letter T, in Payload's text colour. */
export const ToasoanMark = ({ size, title }: { size: number; title: string }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 64 64"
    role="img"
    aria-label={title}
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>{title}</title>
    <rect x="4" y="4" width="56" height="56" rx="12" fill="#b91c1c" />
    <path d="M16 18h32v7H35.5v23h-7V25H16z" fill="#fff" />
    <path d="M16 52h32" stroke="#fde68a" strokeWidth="3" strokeLinecap="round" />
  </svg>
)
