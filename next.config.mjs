import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
/** Sent with every response: no type sniffing, no framing by other sites, no referrer leaks. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers keep to HTTPS for a year once they saw it; only where the site is served over HTTPS.
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

const nextConfig = {
  // A second `next dev` in one project folder (the security suite's) needs a build folder of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // A category's further pages (`?trang=2`) as a path of their own, so that they are cached like
  // its first: a page that reads the query string is rendered anew for every reader.
  rewrites: async () => ({
    beforeFiles: [
      {
        source: '/chuyen-muc/:slug',
        has: [{ type: 'query', key: 'trang', value: '(?<trang>\\d{1,6})' }],
        destination: '/chuyen-muc/:slug/trang/:trang',
      },
    ],
  }),
}

export default withPayload(nextConfig)
