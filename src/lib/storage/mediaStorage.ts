import path from 'node:path'

import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin, UploadCollectionSlug } from 'payload'

/** The bucket's settings, all from the environment (.env.example, "Media on S3"). */
const s3Settings = () => {
  const accessKeyId = process.env.S3_ACCESS_KEY_ID
  const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all.')
  }
  return {
    bucket: process.env.S3_BUCKET ?? '',
    endpoint: process.env.S3_ENDPOINT || undefined,
    // S3-compatible servers (MinIO, Ceph, a provider's object storage) mostly ignore the region,
    // but the AWS client refuses to sign without one.
    region: process.env.S3_REGION || 'us-east-1',
    // Without keys the AWS client looks for its own (AWS_* variables, an instance role).
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // bucket.host/key is AWS's form; most self-hosted servers answer only host/bucket/key.
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
    prefix: process.env.S3_PREFIX || 'media',
    publicURL: process.env.S3_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
  }
}

/**
 * Where uploaded files live: in the bucket S3_BUCKET names, through Payload's S3 storage
 * adapter, or, without it, in MEDIA_DIR (a volume that every instance shares). Object keys are
 * `S3_PREFIX/<document prefix>/<file>` (composite prefixes): one bucket can hold several
 * installations. The adapter's `prefix` field is in the schema either way, so one set of
 * migrations fits both.
 */
export const mediaStorage = (collection: UploadCollectionSlug): Plugin => {
  const { bucket, prefix, publicURL, ...client } = s3Settings()
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    useCompositePrefixes: true,
    bucket,
    config: client,
    collections: {
      [collection]: {
        prefix,
        // Files are read through /api/<collection>/file/… unless a public address (a CDN, a
        // public-read bucket) serves the bucket's objects directly.
        generateFileURL: publicURL
          ? ({ filename, prefix: folder = '' }) =>
              `${publicURL}/${path.posix.join(prefix, folder, encodeURIComponent(filename))}`
          : undefined,
      },
    },
  })
}
