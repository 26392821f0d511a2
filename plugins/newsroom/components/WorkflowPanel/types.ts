import type { Label } from '../../types'

export type Person = { id: string | number; email?: string | null } & Record<string, unknown>

/** Where the panel finds the people to assign and name: the plugin's users options. */
export type PeopleFields = {
  collection: string
  nameField: string
  penNameField: string
  rolesField?: string
}

export type HistoryEvent = {
  id: string | number
  sequence: number
  fromStage: string
  toStage: string
  actor: Person | string | number | null
  actorKind: 'user' | 'system' | 'import'
  note?: string | null
  assignee?: Person | string | number | null
  createdAt: string
}

/** What GET /api/<collection>/<id>/workflow answers. */
export type WorkflowState = {
  stage: { value: string; label: Label }
  assignee: string | number | Person | null
  canEdit: boolean
  /** Who may be given the document next: these roles and, when it goes back, its author. */
  assignable?: {
    roles: string[]
    /** Each readable person's roles on this document, by id (roles per site). */
    rolesOfPeople?: Record<string, string[]>
    author: string | null
    adminRole: string
    roleLabels: Record<string, Label>
  }
  transitions: { to: string; label: Label; requiresNote: boolean }[]
  stages: { value: string; label: Label; color: string }[]
  history: HistoryEvent[]
}

export type Transition = WorkflowState['transitions'][number]

/** A person (or a bare id) as the panel shows them. */
export type PersonRef = Person | string | number | null | undefined

export const baseClass = 'newsroom-workflow'

/** The people "Giao cho" offers, each with their role labels: those who act on the next stages. */
export const assignablePeople = (
  users: Person[] | undefined,
  state: WorkflowState,
  rolesField = 'roles',
): { person: Person; roles: string[] }[] => {
  if (!users) return []
  const rolesOf = (person: Person): string[] => {
    const onDocument = state.assignable?.rolesOfPeople?.[String(person.id)]
    if (onDocument) return onDocument
    const roles = person[rolesField]
    return Array.isArray(roles) ? roles.filter((role) => typeof role === 'string') : []
  }
  const all = users.map((person) => ({ person, roles: rolesOf(person) }))
  const assignable = state.assignable
  if (!assignable) return all
  const acting = all.filter(
    ({ person, roles }) =>
      roles.some((role) => assignable.roles.includes(role)) ||
      (assignable.author !== null && String(person.id) === assignable.author),
  )
  // Admins only when nobody else can act on it.
  return acting.length ? acting : all.filter(({ roles }) => roles.includes(assignable.adminRole))
}
