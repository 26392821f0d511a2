import type { CollectionConfig } from 'payload'

import { publicChangeKinds } from '../../publicChanges/publicChangeKind'
import type { SanitizedWebhooksConfig } from '../types'
import { generateSecret, isValidSecret } from '../utilities/signWebhook'

const kindLabels = {
  published: { vi: 'Xuất bản', en: 'Published' },
  corrected: { vi: 'Đính chính, sửa bài đã xuất bản', en: 'Corrected' },
  unpublished: { vi: 'Gỡ bài', en: 'Unpublished' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  changed: { vi: 'Thay đổi dữ liệu dùng chung', en: 'Reference data changed' },
}

const isHttpUrl = (value: unknown): true | string => {
  try {
    const url = new URL(String(value))
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // falls through to the message
  }
  return 'Địa chỉ phải là một URL http:// hoặc https:// (must be an http or https URL).'
}

/** The front ends to notify: admin-only, secrets included. */
export const webhookEndpoints = (config: SanitizedWebhooksConfig): CollectionConfig => ({
  slug: config.endpointsCollection,
  labels: {
    singular: { vi: 'Webhook', en: 'Webhook endpoint' },
    plural: { vi: 'Webhook', en: 'Webhook endpoints' },
  },
  admin: {
    group: { vi: 'Tích hợp', en: 'Integrations' },
    useAsTitle: 'url',
    defaultColumns: ['url', 'isActive', 'events', 'updatedAt'],
  },
  access: {
    read: config.canManage,
    create: config.canManage,
    update: config.canManage,
    delete: config.canManage,
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { vi: 'Địa chỉ nhận (URL)', en: 'URL' },
      validate: isHttpUrl,
    },
    {
      name: 'description',
      type: 'text',
      label: { vi: 'Ghi chú', en: 'Description' },
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang dùng', en: 'Active' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      label: { vi: 'Sự kiện gửi đi', en: 'Events' },
      admin: { description: { vi: 'Để trống: mọi sự kiện.', en: 'Empty: every event.' } },
      options: publicChangeKinds.map((kind) => ({ value: kind, label: kindLabels[kind] })),
    },
    {
      name: 'sources',
      type: 'select',
      hasMany: true,
      label: { vi: 'Chỉ của các mục', en: 'Only from' },
      admin: { description: { vi: 'Để trống: tất cả.', en: 'Empty: all of them.' } },
      options: [...config.collections, ...config.globals],
    },
    {
      name: 'secret',
      type: 'text',
      label: { vi: 'Khóa bí mật (ký HMAC-SHA256)', en: 'Signing secret (HMAC-SHA256)' },
      admin: {
        description: {
          vi: 'Để trống khi tạo: hệ thống sinh khóa. Dạng whsec_… (Standard Webhooks).',
          en: 'Leave empty to generate one. Format whsec_… (Standard Webhooks).',
        },
      },
      access: { read: config.canManage },
      hooks: {
        beforeValidate: [({ value }) => (value ? value : generateSecret())],
      },
      validate: (value: unknown) =>
        (typeof value === 'string' && isValidSecret(value)) ||
        'Khóa phải có dạng whsec_ và ít nhất 24 byte base64 (must be whsec_ and 24+ base64 bytes).',
    },
  ],
})
