import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second `next dev` in one project folder (the security suite's) needs a build folder of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default withPayload(nextConfig)
