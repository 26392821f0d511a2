import type { SanitizedNewsroomConfig } from '../types'
import { idOf } from './idOf'
import type { ActorContext } from '../workflow/stateMachine'

type Identified = { id: string | number } | null | undefined

export const rolesOf = (config: SanitizedNewsroomConfig, user: unknown): string[] => {
  const roles = (user as Record<string, unknown> | null | undefined)?.[config.rolesField]
  return Array.isArray(roles)
    ? roles.filter((role): role is string => typeof role === 'string')
    : []
}

/** How the workflow sees a user (or the system) acting on a document. */
export const actorContext = ({
  config,
  user,
  doc,
  isImport = false,
}: {
  config: SanitizedNewsroomConfig
  user: Identified
  doc: Record<string, unknown>
  isImport?: boolean
}): ActorContext => ({
  roles: rolesOf(config, user),
  isAuthor: Boolean(user) && idOf(doc[config.authorField]) === idOf(user),
  isSystem: !user,
  isImport: !user && isImport,
})
