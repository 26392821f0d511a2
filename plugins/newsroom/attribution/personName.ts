import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { idOf } from '../utilities/idOf'

export type PersonRef = { relationTo: string; value: unknown }

/** The name a person is printed under: the pen name, else the full name. */
export const personName = async (
  config: SanitizedNewsroomConfig,
  ref: PersonRef,
  req: PayloadRequest,
): Promise<string | undefined> => {
  const id = idOf(ref.value)
  if (!id) return undefined
  const person = (await req.payload.findByID({
    collection: ref.relationTo as CollectionSlug,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!person) return undefined
  const isContributor = ref.relationTo === config.contributorsCollection
  const penName = person[isContributor ? 'penName' : config.penNameField]
  const fullName = person[isContributor ? 'name' : config.userNameField]
  return (penName as string) || (fullName as string) || undefined
}
