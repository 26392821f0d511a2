import type { CollectionConfig, Field } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

const serverOnly = { create: () => false, update: () => false }

/** Kept in the API and the list's columns, not shown in the edit view: the panel shows them. */
const notInEditView = () => false

/** The fields the workflow adds to each of its collections. Only transitions write them. */
export const workflowFields = (
  config: SanitizedNewsroomConfig,
  collection: CollectionConfig,
): Field[] => [
  {
    name: 'workflowStage',
    type: 'select',
    label: { vi: 'Bước biên tập', en: 'Workflow stage' },
    index: true,
    defaultValue: config.stages[0].value,
    options: config.stages.map((stage) => ({ value: stage.value, label: stage.label })),
    access: serverOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: notInEditView,
      components: {
        Cell: {
          path: '@toasoan/payload-plugin-newsroom/client#StageBadgeCell',
          clientProps: {
            stageColors: Object.fromEntries(
              config.stages.map(({ value, color }) => [value, color]),
            ),
          },
        },
      },
    },
  },
  {
    name: 'workflowAssignee',
    type: 'relationship',
    relationTo: config.usersCollection,
    label: { vi: 'Người được giao', en: 'Assigned to' },
    index: true,
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, condition: notInEditView },
  },
  {
    // The number of transitions so far; the next one claims sequence + 1 in the history.
    name: 'workflowSequence',
    type: 'number',
    defaultValue: 0,
    access: serverOnly,
    admin: { hidden: true, disableListFilter: true },
  },
  {
    name: 'workflowPanel',
    type: 'ui',
    label: { vi: 'Quy trình biên tập', en: 'Editorial workflow' },
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '@toasoan/payload-plugin-newsroom/client#WorkflowPanel',
          clientProps: {
            people: {
              collection: config.usersCollection,
              nameField: config.userNameField,
              penNameField: config.penNameField,
              rolesField: config.rolesField,
            },
          },
        },
      },
    },
  },
  ...(collection.fields.some((field) => 'name' in field && field.name === config.authorField)
    ? []
    : [
        {
          name: config.authorField,
          type: 'relationship',
          relationTo: config.usersCollection,
          label: { vi: 'Tác giả', en: 'Author' },
          index: true,
          access: serverOnly,
          admin: { position: 'sidebar', readOnly: true, condition: notInEditView },
        } as Field,
      ]),
]
