import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

import type { PublicChangeKind } from '../publicChanges/publicChangeKind'

/** What a front end receives, as the JSON body of the POST. */
export type WebhookEvent = {
  /** Unique per event, the same on every retry and every endpoint: sent as `webhook-id`. */
  eventId: string
  /** How the public content changed. */
  event: PublicChangeKind
  /** The collection of the document, or the global, that changed (one of the two). */
  collection?: string
  global?: string
  /** The document's id, slug and category slug (`null` when it has none). */
  id?: string
  slug?: string | null
  category?: string | null
  /** The slug of the document's site, when the plugin is given `siteField` (`null`: none). */
  site?: string | null
  /** The request's locale, when the config has localization. */
  locale?: string
  /** When the change was made, ISO 8601 in UTC. */
  time: string
}

export type WebhooksPluginOptions = {
  /**
   * The collections whose public changes send events: for one with drafts, publishing, a
   * correction, unpublishing and deleting a published document (never a draft save); for one
   * without, every create, update and delete.
   */
  collections: CollectionSlug[]
  /**
   * The globals whose saves send a `changed` event (a draft save of a global with drafts does not).
   * @default []
   */
  globals?: GlobalSlug[]
  /**
   * Who may read and edit the endpoints (their secrets included) and read the delivery log:
   * `true` every endpoint and the whole log; with `sitesCollection`, a list of site ids: the
   * endpoints of those sites only, and the deliveries to them; `false` (or an empty list) none.
   */
  canManage: (args: { req: PayloadRequest }) => boolean | (number | string)[]
  /**
   * Called once per event, in the request that made the change, before it commits: for caches in
   * this process (e.g. Next's `revalidateTag`). It must be quick; what it throws is logged.
   * @default undefined
   */
  onEvent?: (event: WebhookEvent, args: { req: PayloadRequest }) => void
  /**
   * The field holding a document's slug.
   * @default 'slug'
   */
  slugField?: string
  /**
   * The relationship field holding a document's category; the event carries the category's slug.
   * @default 'category'
   */
  categoryField?: string
  /**
   * The relationship field holding a document's site, in a multi-site installation: the event
   * then carries the site's slug, so that each site's front end acts on its own events.
   * @default undefined (events name no site)
   */
  siteField?: string
  /**
   * The collection of sites, with `siteField`: each endpoint may then name a site (empty: every
   * site), and gets only that site's events and those of shared documents (no site); its
   * deliveries name the same site. `canManage` may then limit a user to some sites.
   * @default undefined (every endpoint gets every event)
   */
  sitesCollection?: CollectionSlug
  /**
   * Slug of the admin-only collection of endpoints (URL, secret, active, events).
   * @default 'webhook-endpoints'
   */
  endpointsCollection?: CollectionSlug
  /**
   * Slug of the delivery log: one entry per attempt; readable by `canManage`, written by the server only.
   * @default 'webhook-deliveries'
   */
  deliveriesCollection?: CollectionSlug
  /**
   * The jobs queue deliveries go through, and the cron at which Payload runs it in this process to
   * retry (`false` when a separate worker runs `payload jobs:run --queue <queue>`). A first attempt
   * starts as soon as the change is committed, without waiting for the cron.
   * @default { queue: 'webhooks', autoRunCron: '* * * * *' }
   */
  scheduler?: { queue?: string; autoRunCron?: string | false }
  /**
   * Retries of a failed delivery (network error, timeout, a status other than 2xx), with an
   * exponential backoff: `delayMs`, then twice that, four times…
   * @default { attempts: 6, delayMs: 30_000 }
   */
  retries?: { attempts?: number; delayMs?: number }
  /**
   * How many days the delivery log keeps an entry; `0` keeps every entry for good.
   * @default 30
   */
  keepDeliveriesDays?: number
  /**
   * How long one delivery waits for the endpoint's answer, in milliseconds.
   * @default 10_000
   */
  timeoutMs?: number
}

export type SanitizedWebhooksConfig = Required<
  Omit<WebhooksPluginOptions, 'onEvent' | 'scheduler' | 'retries' | 'siteField' | 'sitesCollection'>
> & {
  onEvent?: WebhooksPluginOptions['onEvent']
  siteField?: string
  /** Both or neither: the site of documents, endpoints and deliveries, and their collection. */
  sites?: { field: string; collection: CollectionSlug }
  scheduler: { queue: string; autoRunCron: string | false }
  retries: { attempts: number; delayMs: number }
}
