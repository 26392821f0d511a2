import type { CollectionConfig } from 'payload'

import type { SanitizedWebhooksConfig } from '../types'
import { manageAccess } from '../utilities/manageAccess'

const nobody = () => false

/**
 * One entry per delivery attempt, written by the delivery task only; it names its endpoint's
 * site, so that a site's managers read the deliveries to their site's endpoints.
 */
export const webhookDeliveries = (config: SanitizedWebhooksConfig): CollectionConfig => ({
  slug: config.deliveriesCollection,
  labels: {
    singular: { vi: 'Lần gửi webhook', en: 'Webhook delivery' },
    plural: { vi: 'Nhật ký gửi webhook', en: 'Webhook deliveries' },
  },
  admin: {
    group: { vi: 'Tích hợp', en: 'Integrations' },
    useAsTitle: 'eventId',
    defaultColumns: [
      'createdAt',
      'event',
      'source',
      'documentId',
      'attempt',
      'statusCode',
      'isDelivered',
    ],
  },
  access: { read: manageAccess(config), create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: config.endpointsCollection,
      label: { vi: 'Webhook', en: 'Endpoint' },
      index: true,
    },
    ...(config.sites
      ? [
          {
            name: config.sites.field,
            type: 'relationship' as const,
            relationTo: config.sites.collection,
            label: { vi: 'Cổng thông tin', en: 'Site' },
            index: true,
          },
        ]
      : []),
    { name: 'url', type: 'text', label: { vi: 'URL', en: 'URL' } },
    { name: 'eventId', type: 'text', label: { vi: 'Mã sự kiện', en: 'Event id' }, index: true },
    { name: 'event', type: 'text', label: { vi: 'Sự kiện', en: 'Event' } },
    { name: 'source', type: 'text', label: { vi: 'Mục', en: 'Collection or global' } },
    { name: 'documentId', type: 'text', label: { vi: 'Mã bài, bản ghi', en: 'Document id' } },
    { name: 'attempt', type: 'number', label: { vi: 'Lần thử', en: 'Attempt' } },
    { name: 'statusCode', type: 'number', label: { vi: 'Mã HTTP', en: 'HTTP status' } },
    { name: 'isDelivered', type: 'checkbox', label: { vi: 'Đã nhận', en: 'Delivered' } },
    { name: 'error', type: 'text', label: { vi: 'Lỗi', en: 'Error' } },
    { name: 'durationMs', type: 'number', label: { vi: 'Thời gian (ms)', en: 'Duration (ms)' } },
  ],
})
