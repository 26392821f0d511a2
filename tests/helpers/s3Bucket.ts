import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type S3Bucket = {
  /** The settings the app reads (.env.example, "Media on S3"), for this server and bucket. */
  env: Record<string, string>
  endpoint: string
  bucket: string
  /** The keys of every object in the bucket, sorted, read over the S3 protocol. */
  keys: () => Promise<string[]>
  close: () => Promise<void>
}

/**
 * A real S3-protocol server (s3rver, objects in a temporary folder) on a free local port with one
 * empty bucket, and the credentials it accepts.
 */
export const startS3Bucket = async (bucket = 'toasoan-media'): Promise<S3Bucket> => {
  const directory = mkdtempSync(path.join(tmpdir(), 'toasoan-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  // s3rver's one account.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const client = new S3Client({ endpoint, region: 'us-east-1', credentials, forcePathStyle: true })
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    endpoint,
    bucket,
    keys: async () => {
      const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return Contents.map((object) => object.Key ?? '').sort()
    },
    close: async () => {
      client.destroy()
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
