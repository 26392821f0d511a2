import type { CollectionConfig, Field, FieldHook } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { printedLanguage } from './bylineRoles'
import { personName, type PersonRef } from './personName'
import { CREDIT, printedCaption, printedCredit } from './printedCredit'

/** The credited person's name becomes the printed credit unless the editor typed one. */
const fillCreditName =
  (config: SanitizedNewsroomConfig): FieldHook =>
  async ({ value, siblingData, req }) => {
    if (typeof value === 'string' && value.trim()) return value
    const person = siblingData.creditPerson as PersonRef | null | undefined
    return person ? ((await personName(config, person, req)) ?? value) : value
  }

/**
 * A photo's credit points at a person (an account or a contributor, who then counts in royalty
 * reports) or holds a free name; `creditText` and `captionText` print it as portals do.
 * Keeps the media collection's own `credit` field, adding the name hook to it.
 */
export const withMediaCredits = (
  config: SanitizedNewsroomConfig,
  media: CollectionConfig,
): CollectionConfig => {
  const hasCredit = media.fields.some((field) => 'name' in field && field.name === CREDIT)
  const fields: Field[] = hasCredit
    ? media.fields.map((field) =>
        'name' in field && field.name === CREDIT && field.type === 'text'
          ? {
              ...field,
              hooks: {
                ...field.hooks,
                beforeChange: [...(field.hooks?.beforeChange ?? []), fillCreditName(config)],
              },
            }
          : field,
      )
    : [
        ...media.fields,
        {
          name: CREDIT,
          type: 'text',
          label: { vi: 'Tên ghi công', en: 'Credit' },
          hooks: { beforeChange: [fillCreditName(config)] },
        },
      ]
  return {
    ...media,
    fields: [
      ...fields,
      {
        name: 'creditPerson',
        type: 'relationship',
        relationTo: [config.usersCollection, config.contributorsCollection],
        label: { vi: 'Người chụp / thực hiện', en: 'Credited person' },
        index: true,
      },
      {
        name: 'creditText',
        type: 'text',
        virtual: true,
        label: { vi: 'Dòng ghi công', en: 'Printed credit' },
        admin: { readOnly: true },
        // In the read's locale, as the localized caption beside it: "Photo: …" in English.
        hooks: {
          afterRead: [
            ({ siblingData, req }) => printedCredit(siblingData, printedLanguage(req.locale)),
          ],
        },
      },
      {
        name: 'captionText',
        type: 'text',
        virtual: true,
        label: { vi: 'Chú thích in', en: 'Printed caption' },
        admin: { readOnly: true },
        hooks: {
          afterRead: [
            ({ siblingData, req }) => printedCaption(siblingData, printedLanguage(req.locale)),
          ],
        },
      },
    ],
  }
}
