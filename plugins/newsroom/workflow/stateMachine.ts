import type { Actor, Label, SanitizedNewsroomConfig, TransitionDefinition } from '../types'

/**
 * Who is acting, as far as the workflow cares. The scheduler acts as the system, following the
 * transitions; an import places legacy content in the stage it had on the old site.
 */
export type ActorContext = {
  roles: string[]
  isAuthor: boolean
  isSystem: boolean
  isImport?: boolean
}

export type Refusal = {
  status: 400 | 403 | 409
  message: string
}

type Config = Pick<SanitizedNewsroomConfig, 'stages' | 'transitions' | 'adminRole' | 'editableBy'>

const bilingual = (vi: string, en: string) => `${vi} (${en})`

export const stageLabel = (config: Pick<Config, 'stages'>, value: string): Label =>
  config.stages.find((stage) => stage.value === value)?.label ?? { vi: value, en: value }

const actsAs = (config: Config, actor: ActorContext, actors: Actor[]): boolean =>
  actor.isSystem ||
  actor.roles.includes(config.adminRole) ||
  actors.some((allowed) => (allowed === 'author' ? actor.isAuthor : actor.roles.includes(allowed)))

const transitionBetween = (config: Config, from: string, to: string) =>
  config.transitions.find((transition) => transition.to === to && transition.from.includes(from))

/**
 * Decides a transition: the transition definition when it may be made, or why not, as the HTTP
 * status and a message an editor understands. Checks in the order a person would ask: does the
 * stage exist, can one get there from here, may I, did I say why.
 */
export const decideTransition = ({
  config,
  from,
  to,
  actor,
  note,
}: {
  config: Config
  from: string
  to: string
  actor: ActorContext
  note?: string | null
}): { transition: TransitionDefinition } | { refusal: Refusal } => {
  if (!config.stages.some((stage) => stage.value === to)) {
    const known = config.stages.map((stage) => stage.value).join(', ')
    return {
      refusal: {
        status: 400,
        message: bilingual(
          `Không có trạng thái "${to}"`,
          `unknown stage "${to}"; stages: ${known}`,
        ),
      },
    }
  }
  const transition = actor.isImport
    ? { from: [from], to, label: { vi: 'Nhập bài cũ', en: 'Import' }, actors: [] }
    : transitionBetween(config, from, to)
  if (!transition) {
    const fromLabel = stageLabel(config, from)
    const toLabel = stageLabel(config, to)
    return {
      refusal: {
        status: 409,
        message: bilingual(
          `Không thể chuyển từ "${fromLabel.vi}" sang "${toLabel.vi}"`,
          `not allowed from the current stage "${from}" to "${to}"`,
        ),
      },
    }
  }
  if (!actsAs(config, actor, transition.actors)) {
    return {
      refusal: {
        status: 403,
        message: bilingual(
          `Bạn không có quyền "${transition.label.vi}"`,
          `your role may not move this document from "${from}" to "${to}"`,
        ),
      },
    }
  }
  if (transition.requiresNote && !note?.trim()) {
    return {
      refusal: {
        status: 400,
        message: bilingual(
          `"${transition.label.vi}" cần ghi rõ lý do`,
          `a note is required to move to "${to}"`,
        ),
      },
    }
  }
  return { transition }
}

/** The transitions this actor may make from a stage, for the edit view's buttons. */
export const availableTransitions = ({
  config,
  from,
  actor,
}: {
  config: Config
  from: string
  actor: ActorContext
}): TransitionDefinition[] =>
  config.transitions.filter(
    (transition) => transition.from.includes(from) && actsAs(config, actor, transition.actors),
  )

/** Whether this actor may change a document's content while it is in a stage. */
export const canEditInStage = ({
  config,
  stage,
  actor,
}: {
  config: Config
  stage: string
  actor: ActorContext
}): boolean => actsAs(config, actor, config.editableBy[stage] ?? [])

/** The stages in which anyone holding one of these roles may edit regardless of authorship. */
export const stagesEditableByRoles = (config: Config, roles: string[]): string[] =>
  Object.entries(config.editableBy)
    .filter(([, actors]) => actors.some((actor) => actor !== 'author' && roles.includes(actor)))
    .map(([stage]) => stage)

/** The stages in which a document's own author may edit it. */
export const stagesEditableByAuthor = (config: Config): string[] =>
  Object.entries(config.editableBy)
    .filter(([, actors]) => actors.includes('author'))
    .map(([stage]) => stage)

/**
 * Who moves a document forward from a stage — roles, and "author" — for "who acts next"
 * notifications and queues: returns and spikes (which need a note) and corrections (which stay in
 * the stage) are not the next step anybody waits for.
 */
export const actorsActingNextFrom = (config: Config, stage: string): Actor[] => [
  ...new Set(
    config.transitions
      .filter(
        (transition) =>
          transition.from.includes(stage) && !transition.requiresNote && transition.to !== stage,
      )
      .flatMap((transition) => transition.actors),
  ),
]

/** The roles among them, for notifying people by role. */
export const rolesActingNextFrom = (config: Config, stage: string): string[] =>
  actorsActingNextFrom(config, stage).filter((actor) => actor !== 'author')

/** Whether a document in this stage is waiting to be published (approved, by default). */
export const awaitsPublication = (
  config: Pick<SanitizedNewsroomConfig, 'transitions' | 'publishedStage'>,
  stage: string,
): boolean =>
  stage !== config.publishedStage &&
  config.transitions.some(
    (candidate) => candidate.to === config.publishedStage && candidate.from.includes(stage),
  )
