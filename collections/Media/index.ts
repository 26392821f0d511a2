import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { editorRoles } from '@/access/roles'
import { siteRoleAccess } from '@/access/siteRoles'

import { slugs } from '../slugs'

/** Photos for articles and the audio versions portals attach to them ("Audio: ….mp3"). */
const allowedMediaTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
]

export const Media: CollectionConfig<'media'> = {
  slug: slugs.media,
  labels: {
    singular: { vi: 'Ảnh / âm thanh', en: 'Media item' },
    plural: { vi: 'Thư viện ảnh, âm thanh', en: 'Media' },
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'mimeType'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: siteRoleAccess(editorRoles),
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || path.resolve(process.cwd(), 'media'),
    mimeTypes: allowedMediaTypes,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    // A file is shown as the type it was stored as, never sniffed into HTML or script, and
    // opened on its own it runs nothing.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Security-Policy', "default-src 'none'; sandbox")
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { vi: 'Mô tả ngắn (alt)', en: 'Alternative text' },
      required: true,
      localized: true,
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { vi: 'Chú thích', en: 'Caption' },
      localized: true,
    },
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Tác giả ảnh / nguồn', en: 'Credit' },
      admin: {
        description: {
          vi: 'Tên người chụp hoặc nguồn, in sau chú thích thành "Ảnh: Thành Tâm".',
          en: 'The photographer or source, printed after the caption as "Photo: …".',
        },
      },
    },
  ],
}
