import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import { publicChangeKinds } from '../../publicChanges/publicChangeKind'
import type { SanitizedWebhooksConfig } from '../types'
import { manageAccess, managedSites } from '../utilities/manageAccess'
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

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * The endpoint's site: empty, every site's events (only those who manage every site may leave it
 * so); a site, that site's events and those of shared documents. Checked on every write made for
 * a user, the Local API's included; a write with no user is the server's own.
 */
const siteField = (
  config: SanitizedWebhooksConfig,
  sites: NonNullable<SanitizedWebhooksConfig['sites']>,
): Field => ({
  name: sites.field,
  type: 'relationship',
  relationTo: sites.collection,
  index: true,
  label: { vi: 'Cổng thông tin', en: 'Site' },
  admin: {
    position: 'sidebar',
    description: { vi: 'Để trống: mọi cổng.', en: 'Empty: every site.' },
  },
  filterOptions: ({ req }) => {
    const managed = managedSites(config, req)
    return managed === true ? true : { id: { in: managed } }
  },
  validate: (value: unknown, { req }: { req: PayloadRequest }) => {
    if (!req.user) return true
    const managed = managedSites(config, req)
    if (managed === true) return true
    const id = idOf(value)
    return (
      (id !== null && id !== undefined && managed.map(String).includes(String(id))) ||
      'Chọn một cổng bạn quản trị (choose a site you manage).'
    )
  },
})

/** The front ends to notify: for those who manage them (per site, or all), secrets included. */
export const webhookEndpoints = (config: SanitizedWebhooksConfig): CollectionConfig => ({
  slug: config.endpointsCollection,
  labels: {
    singular: { vi: 'Webhook', en: 'Webhook endpoint' },
    plural: { vi: 'Webhook', en: 'Webhook endpoints' },
  },
  admin: {
    group: { vi: 'Tích hợp', en: 'Integrations' },
    useAsTitle: 'url',
    defaultColumns: ['url', ...(config.sites ? [config.sites.field] : []), 'isActive', 'events'],
  },
  access: {
    read: manageAccess(config),
    create: ({ req }) => {
      const managed = managedSites(config, req)
      return managed === true || managed.length > 0
    },
    update: manageAccess(config),
    delete: manageAccess(config),
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
    ...(config.sites ? [siteField(config, config.sites)] : []),
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
      // The endpoints a user may read are those they manage (the collection's access).
      access: { read: ({ req }) => Boolean(config.canManage({ req })) },
      hooks: {
        beforeValidate: [({ value }) => (value ? value : generateSecret())],
      },
      validate: (value: unknown) =>
        (typeof value === 'string' && isValidSecret(value)) ||
        'Khóa phải có dạng whsec_ và ít nhất 24 byte base64 (must be whsec_ and 24+ base64 bytes).',
    },
  ],
})
