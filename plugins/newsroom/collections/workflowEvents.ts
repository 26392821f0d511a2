import { APIError, type CollectionConfig } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

const appendOnly = () => {
  throw new APIError(
    'Lịch sử quy trình không thể sửa hay xóa (workflow history is append-only).',
    403,
    undefined,
    true,
  )
}

/**
 * The workflow's history, one event per transition. Append-only for everyone, admins and the
 * Local API included: no access rule can be overridden past the hooks. The unique
 * (collection, document, sequence) index is what lets exactly one of two simultaneous
 * transitions from the same stage through.
 */
export const workflowEvents = (config: SanitizedNewsroomConfig): CollectionConfig => {
  // The stages are stored as text: the list shows their names and colours, not raw values.
  const stageCell = {
    path: '@toasoan/payload-plugin-newsroom/client#StageBadgeCell',
    clientProps: {
      stageColors: Object.fromEntries(config.stages.map(({ value, color }) => [value, color])),
      stageLabels: Object.fromEntries(config.stages.map(({ value, label }) => [value, label])),
    },
  }
  return {
    slug: config.eventsCollection,
    labels: {
      singular: { vi: 'Sự kiện quy trình', en: 'Workflow event' },
      plural: { vi: 'Lịch sử quy trình', en: 'Workflow history' },
    },
    admin: {
      group: { vi: 'Quản trị', en: 'Administration' },
      defaultColumns: ['createdAt', 'document', 'fromStage', 'toStage', 'actor', 'note'],
      useAsTitle: 'toStage',
      // The note is what one searches the history for (not "Sang", a stage's raw value).
      listSearchableFields: ['note'],
    },
    access: {
      read: ({ req }) => Boolean(req.user),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    disableBulkEdit: true,
    hooks: {
      beforeChange: [({ data, operation }) => (operation === 'create' ? data : appendOnly())],
      beforeDelete: [appendOnly],
    },
    indexes: [{ fields: ['collectionSlug', 'documentId', 'sequence'], unique: true }],
    defaultSort: '-createdAt',
    fields: [
      {
        name: 'document',
        type: 'relationship',
        relationTo: config.collections,
        label: { vi: 'Tin bài', en: 'Document' },
        required: true,
      },
      {
        name: 'collectionSlug',
        type: 'text',
        required: true,
        index: true,
        admin: { hidden: true, disableListFilter: true },
      },
      {
        name: 'documentId',
        type: 'text',
        required: true,
        index: true,
        admin: { hidden: true, disableListFilter: true },
      },
      {
        name: 'sequence',
        type: 'number',
        required: true,
        label: { vi: 'Thứ tự', en: 'Sequence' },
        admin: { disableListFilter: true },
      },
      {
        name: 'fromStage',
        type: 'text',
        required: true,
        label: { vi: 'Từ', en: 'From' },
        admin: { components: { Cell: stageCell } },
      },
      {
        name: 'toStage',
        type: 'text',
        required: true,
        label: { vi: 'Sang', en: 'To' },
        index: true,
        admin: { components: { Cell: stageCell } },
      },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: config.usersCollection,
        label: { vi: 'Người thực hiện', en: 'By' },
      },
      {
        name: 'actorKind',
        type: 'select',
        required: true,
        defaultValue: 'user',
        label: { vi: 'Loại', en: 'Kind' },
        admin: { disableListFilter: true },
        options: [
          { value: 'user', label: { vi: 'Người dùng', en: 'User' } },
          { value: 'system', label: { vi: 'Hệ thống (hẹn giờ)', en: 'System (scheduler)' } },
          { value: 'import', label: { vi: 'Nhập bài cũ', en: 'Import' } },
        ],
      },
      { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      {
        name: 'assignee',
        type: 'relationship',
        relationTo: config.usersCollection,
        label: { vi: 'Giao cho', en: 'Assigned to' },
      },
    ],
  }
}
