import type { PayloadRequest } from 'payload'

import { keepQueueTidy } from './keepQueueTidy'
import { untilCommitted } from '../../publicChanges/untilCommitted'
import { DELIVER_WEBHOOK_TASK } from '../jobs/deliverWebhookTask'
import type { SanitizedWebhooksConfig, WebhookEvent } from '../types'

type EndpointFilter = {
  id: string
  events?: string[] | null
  sources?: string[] | null
  /** The slug of the endpoint's site; none: every site. */
  siteSlug?: string | null
}

/**
 * An endpoint of one site gets that site's events and those of shared documents (officials,
 * meetings, a global: no site), never another site's.
 */
const wants = (endpoint: EndpointFilter, event: WebhookEvent) =>
  (!endpoint.events?.length || endpoint.events.includes(event.event)) &&
  (!endpoint.sources?.length ||
    endpoint.sources.includes(String(event.collection ?? event.global))) &&
  (!endpoint.siteSlug || !event.site || endpoint.siteSlug === event.site)

const siteSlugOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { slug?: unknown }).slug === 'string'
    ? (value as { slug: string }).slug
    : null

/**
 * Hands the events to `onEvent`, and queues one delivery job per event and interested endpoint in
 * the write's own transaction (a rolled-back write sends nothing). The jobs run once the write
 * has committed, in the background: the request that made the change never waits for an
 * endpoint. What fails there is retried by the queue's cron.
 */
export const emitEvents = async ({
  config,
  events,
  req,
}: {
  config: SanitizedWebhooksConfig
  events: WebhookEvent[]
  req: PayloadRequest
}): Promise<void> => {
  for (const event of events) {
    try {
      config.onEvent?.(event, { req })
    } catch (error) {
      // A cache that cannot be cleared must not fail the editor's change.
      req.payload.logger.error({ err: error, msg: '[webhooks plugin] onEvent failed' })
    }
  }
  const { sites } = config
  const { docs } = await req.payload.find({
    collection: config.endpointsCollection,
    where: { isActive: { equals: true } },
    select: { events: true, sources: true, ...(sites ? { [sites.field]: true } : {}) },
    // The endpoint's site as its slug, which events carry.
    depth: sites ? 1 : 0,
    populate: sites ? { [sites.collection]: { slug: true } } : undefined,
    pagination: false,
    req,
  })
  const endpoints: EndpointFilter[] = (docs as unknown as Record<string, unknown>[]).map((doc) => ({
    id: String(doc.id),
    events: doc.events as string[] | null,
    sources: doc.sources as string[] | null,
    siteSlug: sites ? siteSlugOf(doc[sites.field]) : null,
  }))
  const jobIds: (string | number)[] = []
  for (const event of events) {
    for (const endpoint of endpoints) {
      if (!wants(endpoint, event)) continue
      const job = await req.payload.jobs.queue({
        task: DELIVER_WEBHOOK_TASK,
        input: { endpoint: endpoint.id, event },
        queue: config.scheduler.queue,
        req,
      })
      jobIds.push(job.id)
    }
  }
  if (!jobIds.length) return
  const { payload } = req
  void untilCommitted(req)
    .then(() => keepQueueTidy({ config, payload }))
    .then(() =>
      payload.jobs.run({
        queue: config.scheduler.queue,
        where: { id: { in: jobIds } },
        limit: jobIds.length,
      }),
    )
    .catch((error: unknown) =>
      payload.logger.error({ err: error, msg: '[webhooks plugin] could not start deliveries' }),
    )
}
