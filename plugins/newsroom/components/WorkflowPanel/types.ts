import type { Label } from '../../types'

export type Person = { id: string | number; email?: string | null } & Record<string, unknown>

/** Where the panel finds the people to assign and name: the plugin's users options. */
export type PeopleFields = { collection: string; nameField: string; penNameField: string }

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
  transitions: { to: string; label: Label; requiresNote: boolean }[]
  stages: { value: string; label: Label; color: string }[]
  history: HistoryEvent[]
}

export type Transition = WorkflowState['transitions'][number]

/** A person (or a bare id) as the panel shows them. */
export type PersonRef = Person | string | number | null | undefined

export const baseClass = 'newsroom-workflow'
