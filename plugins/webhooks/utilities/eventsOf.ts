import { randomUUID } from 'node:crypto'

import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import type { PublicChange } from '../../publicChanges/publicChangesOf'
import type { SanitizedWebhooksConfig, WebhookEvent } from '../types'

type Related = { slug?: unknown }

/** The collection a top-level relationship field points at, when it points at one. */
const relationOf = (collection: CollectionConfig, name: string): CollectionSlug | undefined => {
  const field = collection.fields.find(
    (candidate) => 'name' in candidate && candidate.name === name,
  )
  return field?.type === 'relationship' && typeof field.relationTo === 'string'
    ? field.relationTo
    : undefined
}

/** A linked record's slug (the category's, the site's), whether populated or an id. */
const relatedSlug = async ({
  collection,
  field,
  doc,
  req,
}: {
  collection: CollectionConfig
  field: string
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<string | null> => {
  const value = doc[field]
  if (value && typeof value === 'object') return String((value as Related).slug ?? '') || null
  const relationTo = relationOf(collection, field)
  if ((typeof value !== 'string' && typeof value !== 'number') || !relationTo) return null
  const category = (await req.payload.findByID({
    collection: relationTo,
    id: value,
    depth: 0,
    disableErrors: true,
    req,
  })) as Related | null
  return typeof category?.slug === 'string' ? category.slug : null
}

/** The events of one operation's public changes, one per document. */
export const eventsOf = async ({
  changes,
  collection,
  config,
  req,
}: {
  changes: PublicChange[]
  collection: CollectionConfig
  config: SanitizedWebhooksConfig
  req: PayloadRequest
}): Promise<WebhookEvent[]> => {
  const time = new Date().toISOString()
  const locale = req.payload.config.localization && req.locale ? req.locale : undefined
  return Promise.all(
    changes.map(async ({ doc, kind }) => {
      const slug = doc[config.slugField]
      return {
        eventId: `evt_${randomUUID()}`,
        event: kind,
        collection: collection.slug,
        id: String(doc.id),
        slug: typeof slug === 'string' ? slug : null,
        category: await relatedSlug({ collection, field: config.categoryField, doc, req }),
        ...(config.siteField
          ? { site: await relatedSlug({ collection, field: config.siteField, doc, req }) }
          : {}),
        ...(locale ? { locale } : {}),
        time,
      }
    }),
  )
}
