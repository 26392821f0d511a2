import type { CollectionSlug } from 'payload'

import {
  defaultContributorManagerRoles,
  defaultEditableBy,
  defaultRoyaltyManagerRoles,
  defaultStages,
  defaultStamps,
  defaultTransitions,
} from './defaults'
import { defaultRoyaltySettings } from './royalties/defaultRoyaltySettings'
import type { NewsroomPluginOptions, SanitizedNewsroomConfig } from './types'
import { rolesInField } from './utilities/rolesInField'

const fail = (message: string): never => {
  throw new Error(`[newsroom plugin] ${message}`)
}

/** Applies the defaults once and refuses a workflow that could not work. */
export const sanitizePluginConfig = (options: NewsroomPluginOptions): SanitizedNewsroomConfig => {
  const stages = options.stages ?? defaultStages
  const rolesField = options.rolesField ?? 'roles'
  const rolesOf = options.rolesOf ?? (({ user }) => rolesInField(user, rolesField))
  const config: SanitizedNewsroomConfig = {
    collections: options.collections,
    stages,
    transitions: options.transitions ?? defaultTransitions,
    publishedStage: options.publishedStage ?? 'published',
    editableBy: options.editableBy ?? defaultEditableBy,
    stamps:
      options.stamps ??
      Object.fromEntries(
        Object.entries(defaultStamps).filter(([stage]) =>
          stages.some(({ value }) => value === stage),
        ),
      ),
    authorField: options.authorField ?? 'createdBy',
    usersCollection: options.usersCollection ?? 'users',
    userNameField: options.userNameField ?? 'fullName',
    penNameField: options.penNameField ?? 'penName',
    rolesField,
    rolesOf,
    roleScopes: options.roleScopes ?? (({ user, req }) => [{ roles: rolesOf({ user, req }) }]),
    scopeField: options.scopeField ?? false,
    adminRole: options.adminRole ?? 'admin',
    contributorManagerRoles: options.contributorManagerRoles ?? defaultContributorManagerRoles,
    royaltyManagerRoles: options.royaltyManagerRoles ?? defaultRoyaltyManagerRoles,
    // Slugs of collections this plugin adds: generated types know them once generated.
    eventsCollection: options.eventsCollection ?? ('workflow-events' as CollectionSlug),
    publishAtField: options.publishAtField ?? 'publishedAt',
    notifications: options.notifications ?? true,
    scheduler: {
      queue: options.scheduler?.queue ?? 'newsroom',
      autoRunCron: options.scheduler?.autoRunCron ?? '* * * * *',
    },
    contributorsCollection: options.contributorsCollection ?? ('contributors' as CollectionSlug),
    mediaCollection: options.mediaCollection ?? ('media' as CollectionSlug),
    unitsCollection: options.unitsCollection ?? false,
    royalties: { ...defaultRoyaltySettings, ...options.royalties },
    languageField: options.languageField ?? false,
    disabled: options.disabled ?? false,
  }

  if (!config.collections?.length) fail('`collections` must name at least one collection.')
  if (!config.stages.length) fail('`stages` must not be empty.')
  const stageValues = config.stages.map((stage) => stage.value)
  const duplicate = stageValues.find((value, index) => stageValues.indexOf(value) !== index)
  if (duplicate) fail(`stage "${duplicate}" is defined twice.`)
  const isStage = (value: string) => stageValues.includes(value)
  if (!isStage(config.publishedStage)) {
    fail(`\`publishedStage\` "${config.publishedStage}" is not one of the stages.`)
  }
  for (const transition of config.transitions) {
    for (const stage of [...transition.from, transition.to]) {
      if (!isStage(stage)) fail(`transition to "${transition.to}" names unknown stage "${stage}".`)
    }
    if (!transition.actors.length) fail(`transition to "${transition.to}" has no actors.`)
  }
  for (const stage of Object.keys(config.editableBy)) {
    if (!isStage(stage)) fail(`\`editableBy\` names unknown stage "${stage}".`)
  }
  for (const stage of Object.keys(config.stamps)) {
    if (!isStage(stage)) fail(`\`stamps\` names unknown stage "${stage}".`)
  }
  const stampFields = Object.values(config.stamps).flatMap(({ by, at }) => [by, at])
  const twice = stampFields.find((name, index) => stampFields.indexOf(name) !== index)
  if (twice) fail(`stamp field "${twice}" is used twice.`)
  for (const genre of config.royalties.genres) {
    if (!(genre.min > 0 && genre.min <= genre.max)) {
      fail(`royalty genre "${genre.value}" needs 0 < min ≤ max (got ${genre.min}–${genre.max}).`)
    }
  }
  if (!(config.royalties.baseValue > 0)) fail('`royalties.baseValue` must be positive.')
  return config
}
