import type { CollectionConfig, CollectionSlug, Config, Field } from 'payload'
import { deepMergeSimple } from 'payload/shared'

import { withStageAccess } from './access/withStageAccess'
import { attributionFields } from './attribution/attributionFields'
import { contributorsCollection } from './attribution/contributorsCollection'
import { withMediaCredits } from './attribution/mediaCreditFields'
import { workflowEvents } from './collections/workflowEvents'
import { queueEndpoint } from './endpoints/queueEndpoint'
import { transitionEndpoint } from './endpoints/transitionEndpoint'
import { workflowStateEndpoint } from './endpoints/workflowStateEndpoint'
import { workflowFields } from './fields/workflowFields'
import { workflowTransitionMutation } from './graphql/workflowTransitionMutation'
import { keepWorkflowState } from './hooks/keepWorkflowState'
import { saveEditsAsDrafts } from './hooks/saveEditsAsDrafts'
import { stampAuthor } from './hooks/stampAuthor'
import { publishScheduledTask } from './jobs/publishScheduledTask'
import { royaltiesEndpoint } from './royalties/royaltiesEndpoint'
import { royaltyLinesCollection } from './royalties/royaltyLinesCollection'
import { royaltyPeriodsCollection } from './royalties/royaltyPeriodsCollection'
import { sanitizePluginConfig } from './sanitizePluginConfig'
import { translations } from './translations'
import type { NewsroomPluginOptions, SanitizedNewsroomConfig } from './types'

const hasDrafts = (collection: CollectionConfig) =>
  typeof collection.versions === 'object' && Boolean(collection.versions.drafts)

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/** Adds the workflow to one collection, keeping everything the collection already had. */
/** The collection's own author field stays in the API and the list; the panel names the author. */
const hideAuthorInEditView = (config: SanitizedNewsroomConfig, field: Field): Field =>
  'name' in field && field.name === config.authorField
    ? ({ ...field, admin: { ...field.admin, condition: () => false } } as Field)
    : field

const withWorkflow = (
  config: SanitizedNewsroomConfig,
  collection: CollectionConfig,
): CollectionConfig => {
  if (!hasDrafts(collection)) {
    throw new Error(
      `[newsroom plugin] collection "${collection.slug}" needs \`versions: { drafts: true }\`.`,
    )
  }
  const addsAuthor = !hasField(collection, config.authorField)
  const added = workflowFields(config, collection)
  // The panel first in the sidebar: the stage and the next move are what the editor looks for.
  const panel = added.filter((field) => field.type === 'ui')
  const fields = [
    ...panel,
    ...collection.fields.map((field) => hideAuthorInEditView(config, field)),
    ...added.filter((field) => field.type !== 'ui'),
    ...attributionFields(config),
  ]
  if (config.disabled) return { ...collection, fields }
  return {
    ...collection,
    fields,
    access: {
      ...collection.access,
      update: withStageAccess(config, collection.access?.update),
    },
    hooks: {
      ...collection.hooks,
      // Guards first, so that the collection's own hooks see the state the workflow allows.
      beforeOperation: [saveEditsAsDrafts, ...(collection.hooks?.beforeOperation ?? [])],
      beforeChange: [
        keepWorkflowState(config),
        ...(addsAuthor ? [stampAuthor(config)] : []),
        ...(collection.hooks?.beforeChange ?? []),
      ],
    },
    endpoints: [
      ...(collection.endpoints || []),
      transitionEndpoint(collection.slug as CollectionSlug),
      workflowStateEndpoint(config, collection.slug as CollectionSlug),
    ],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // Publishing is a transition; Payload's own buttons would only save a draft here.
          PublishButton: '@toasoan/payload-plugin-newsroom/client#HiddenButton',
          UnpublishButton: '@toasoan/payload-plugin-newsroom/client#HiddenButton',
          // The panel shows the stage; Payload's "Trạng thái: Bản nháp" beside it would be a second.
          Status: '@toasoan/payload-plugin-newsroom/client#HiddenButton',
        },
      },
    },
  }
}

/**
 * The newsroom's editorial workflow: stages, who moves a document between them, its history,
 * notifications, "my queue" and scheduled publishing, on the collections named in the options.
 */
export const newsroomPlugin =
  (options: NewsroomPluginOptions) =>
  (incoming: Config): Config => {
    const config = sanitizePluginConfig(options)
    const collections = (incoming.collections ?? []).map((collection) => {
      if (config.collections.includes(collection.slug as CollectionSlug)) {
        return withWorkflow(config, collection)
      }
      return collection.slug === config.mediaCollection
        ? withMediaCredits(config, collection)
        : collection
    })
    const missing = config.collections.filter(
      (slug) => !collections.some((collection) => collection.slug === slug),
    )
    if (missing.length) {
      throw new Error(
        `[newsroom plugin] no collection named ${missing.map((slug) => `"${slug}"`).join(', ')}.`,
      )
    }
    if (
      config.unitsCollection &&
      !collections.some((collection) => collection.slug === config.unitsCollection)
    ) {
      throw new Error(`[newsroom plugin] no units collection named "${config.unitsCollection}".`)
    }
    const withEvents: Config = {
      ...incoming,
      collections: [
        ...collections,
        workflowEvents(config),
        contributorsCollection(config),
        royaltyLinesCollection(config),
        royaltyPeriodsCollection(config),
      ],
      custom: { ...incoming.custom, newsroom: config },
      // The admin strings under the plugin's own key; the project's own translations win.
      i18n: {
        ...incoming.i18n,
        translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}),
      },
    }
    if (config.disabled) return withEvents

    const userMutations = incoming.graphQL?.mutations
    const autoRun = config.scheduler.autoRunCron
      ? [{ cron: config.scheduler.autoRunCron, queue: config.scheduler.queue }]
      : []
    const existingAutoRun = incoming.jobs?.autoRun
    return {
      ...withEvents,
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          // First on the dashboard: each user's own work, above the collection cards.
          beforeDashboard: [
            '@toasoan/payload-plugin-newsroom/client#MyQueue',
            ...(incoming.admin?.components?.beforeDashboard ?? []),
          ],
          afterNavLinks: [
            ...(incoming.admin?.components?.afterNavLinks ?? []),
            '@toasoan/payload-plugin-newsroom/client#RoyaltyNavLink',
          ],
          views: {
            ...incoming.admin?.components?.views,
            newsroomRoyalties: {
              Component: '@toasoan/payload-plugin-newsroom/rsc#RoyaltyReportView',
              path: '/nhuan-but',
            },
          },
        },
      },
      endpoints: [...(incoming.endpoints ?? []), queueEndpoint(config), royaltiesEndpoint(config)],
      graphQL: {
        ...incoming.graphQL,
        mutations: (GraphQL, context) => ({
          ...userMutations?.(GraphQL, context),
          workflowTransition: workflowTransitionMutation(GraphQL),
        }),
      },
      jobs: {
        ...incoming.jobs,
        tasks: [...(incoming.jobs?.tasks ?? []), publishScheduledTask(config)],
        autoRun:
          typeof existingAutoRun === 'function'
            ? async (payload) => [...(await existingAutoRun(payload)), ...autoRun]
            : [...(existingAutoRun ?? []), ...autoRun],
      },
    }
  }
