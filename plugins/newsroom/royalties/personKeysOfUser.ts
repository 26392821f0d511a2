import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'

/**
 * Everything that is "me" in credits and royalty lines: my account, and any contributor
 * profile linked to it (so history from before I had an account stays mine).
 */
export const personKeysOfUser = async (
  config: SanitizedNewsroomConfig,
  req: PayloadRequest,
): Promise<string[]> => {
  if (!req.user) return []
  const { docs } = await req.payload.find({
    collection: config.contributorsCollection,
    where: { linkedUser: { equals: req.user.id } },
    depth: 0,
    limit: 100,
    req,
    overrideAccess: true,
  })
  return [
    `${config.usersCollection}:${req.user.id}`,
    ...docs.map((doc) => `${config.contributorsCollection}:${doc.id}`),
  ]
}
