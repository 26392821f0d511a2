import type { PayloadRequest } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { idOf } from './idOf'
import type { ActorContext } from '../workflow/stateMachine'

type Identified = { id: string | number } | null | undefined

/** The request's user's roles on a document, or on any document without one (`rolesOf` option). */
export const rolesOf = (
  config: SanitizedNewsroomConfig,
  req: PayloadRequest,
  doc?: Record<string, unknown>,
): string[] => config.rolesOf({ user: req.user, doc, req })

/** How the workflow sees a user (or the system) acting on a document. */
export const actorContext = ({
  config,
  user,
  doc,
  req,
  isImport = false,
}: {
  config: SanitizedNewsroomConfig
  user: Identified
  doc: Record<string, unknown>
  req: PayloadRequest
  isImport?: boolean
}): ActorContext => ({
  roles: user ? config.rolesOf({ user, doc, req }) : [],
  isAuthor: Boolean(user) && idOf(doc[config.authorField]) === idOf(user),
  isSystem: !user,
  isImport: !user && isImport,
})
