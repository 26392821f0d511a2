import type { CollectionSlug, PayloadRequest, Where } from 'payload'

export type Label = { vi: string; en: string }

/** Who a transition or an edit right is for: a role name, or "author" for the document's own author. */
export type Actor = 'author' | (string & {})

export type StageDefinition = {
  /** Stored value, e.g. "submitted". */
  value: string
  label: Label
  /** Badge colour in the admin list (any CSS colour). */
  color: string
}

export type TransitionDefinition = {
  /** The stage or stages it leaves from. */
  from: string[]
  to: string
  label: Label
  /** Roles (and/or "author") that may make it; admins always may. */
  actors: Actor[]
  /** The transition needs a note (why it was returned, unpublished, spiked). */
  requiresNote?: boolean
}

/** Who moved a document into a stage, and when: filled by the transition into it, never by a client. */
export type StageStamp = {
  /** The relationship field (to the users collection) naming who moved it there. */
  by: string
  /** The date field holding when. */
  at: string
  label: { by: Label; at: Label }
}

export type RoyaltyGenre = {
  value: string
  label: Label
  /** The lowest and highest coefficient the editor-in-chief may choose for this genre. */
  min: number
  max: number
}

export type RoyaltySettings = {
  /** The value of one coefficient unit: amount = coefficient × baseValue. */
  baseValue: number
  currency: string
  genres: RoyaltyGenre[]
}

/** A user's roles on part of the documents: those that match `where` (all of them without one). */
export type RoleScope = { roles: string[]; where?: Where }

export type RolesOfArgs = {
  /** The user (or any auth document) whose roles are asked for; none for the public. */
  user: unknown
  /** The document acted on; absent: the roles the user holds on any document. */
  doc?: Record<string, unknown>
  req: PayloadRequest
}

export type NewsroomPluginOptions = {
  /** Collections under the workflow. Each must have `versions.drafts` on. */
  collections: CollectionSlug[]
  /**
   * The stages, the first being where every new document starts.
   * @default draft, submitted, edited, approved, published, returned, unpublished, spiked
   */
  stages?: StageDefinition[]
  /**
   * Who may move a document from which stage to which.
   * @default the chain reporter → editor → editor-in-chief (see README)
   */
  transitions?: TransitionDefinition[]
  /**
   * The stage whose documents are public (Payload `_status: 'published'`).
   * @default 'published'
   */
  publishedStage?: string
  /**
   * Who may edit a document's content in each stage; a stage left out is editable by admins only.
   * @default draft and returned: the author; submitted and edited: editors and the editor-in-chief;
   * approved, published and unpublished: the editor-in-chief
   */
  editableBy?: Record<string, Actor[]>
  /**
   * Who moved a document into a stage and when, by stage (fields added to every workflow
   * collection).
   * @default the stamps of submitted, edited, approved and published (`submittedBy`/`submittedAt`
   * … `publishedBy`/`lastPublishedAt`), for those of them that are configured stages
   */
  stamps?: Record<string, StageStamp>
  /**
   * The relationship field (to the users collection) naming a document's author.
   * @default 'createdBy'
   */
  authorField?: string
  /**
   * The auth collection of the newsroom's people.
   * @default 'users'
   */
  usersCollection?: CollectionSlug
  /**
   * The field of a user holding their full name (printed when they have no pen name).
   * @default 'fullName'
   */
  userNameField?: string
  /**
   * The field of a user holding their pen name (bút danh), printed in bylines first.
   * @default 'penName'
   */
  penNameField?: string
  /**
   * The field of a user holding their role names (a hasMany select or an array of strings).
   * @default 'roles'
   */
  rolesField?: string
  /**
   * A user's roles on one document, for installations where they differ from document to
   * document (roles per site). Every decision the plugin makes by role asks it: transitions,
   * `editableBy`, stamps, the queue, notifications' recipients, contributor and royalty managers.
   * Without `doc`, the roles held on any document (a collection-level "may they at all").
   * @default the user's `rolesField`, whatever the document
   */
  rolesOf?: (args: RolesOfArgs) => string[]
  /**
   * The same roles as query constraints, for access and lists that cannot ask per document
   * (update access by stage, "my queue", royalty lines): each entry's roles hold on the documents
   * matching its `where`. The constraints name fields that every workflow collection, the history,
   * the royalty lines and the closed months have (see `scopeField`).
   * @default one entry, the user's `rolesOf` without a document, on every document
   */
  roleScopes?: (args: Omit<RolesOfArgs, 'doc'>) => RoleScope[]
  /**
   * A field that splits the newsroom into independent boards (a site of a multi-site
   * installation), which the project adds to the workflow collections, the history, the royalty
   * lines and the closed months (e.g. through plugin-multi-tenant). History events and royalty
   * lines take its value from their document; a month is closed per value of it (each board pays
   * its own royalties). `false`: one board.
   * @default false
   */
  scopeField?: string | false
  /**
   * The role that may make every transition and edit in every stage.
   * @default 'admin'
   */
  adminRole?: string
  /**
   * Roles that keep the contributor register (besides `adminRole`).
   * @default ['editor', 'editorInChief']
   */
  contributorManagerRoles?: string[]
  /**
   * Roles that choose royalty coefficients, close months and see everyone's royalties (besides
   * `adminRole`).
   * @default ['editorInChief']
   */
  royaltyManagerRoles?: string[]
  /**
   * Slug of the history collection.
   * @default 'workflow-events'
   */
  eventsCollection?: CollectionSlug
  /**
   * Emails on entering a stage, through Payload's email adapter.
   * @default true
   */
  notifications?: boolean
  /**
   * The date field holding a document's publish time: an approved document whose time is in the
   * future is published by the jobs queue when it comes.
   * @default 'publishedAt'
   */
  publishAtField?: string
  /**
   * Scheduled publishing: the jobs queue used, and the cron at which Payload runs it in this
   * process (`false` when a separate worker runs `payload jobs:run --queue <queue>`).
   * @default { queue: 'newsroom', autoRunCron: '* * * * *' }
   */
  scheduler?: { queue?: string; autoRunCron?: string | false }
  /**
   * External contributors (cộng tác viên) who never log in: the collection's slug.
   * @default 'contributors'
   */
  contributorsCollection?: CollectionSlug
  /**
   * The collection of the newsroom's units: a contributor's unit links to it; `false`: the unit is
   * free text.
   * @default false
   */
  unitsCollection?: CollectionSlug | false
  /**
   * The upload collection whose items carry photo credits.
   * @default 'media'
   */
  mediaCollection?: CollectionSlug
  /**
   * Royalties (nhuận bút): the value of a coefficient unit and the genres with their ranges.
   * @default Nghị định 18/2014/NĐ-CP figures, see royalties/defaultRoyaltySettings.ts
   */
  royalties?: Partial<RoyaltySettings>
  /**
   * The field of the workflow collections holding the language a document is written in
   * (`'vi'` or `'en'`): its printed byline (`bylineText`) uses that language's role words,
   * "Text: … – Translation: …" for `'en'`. `false`: every byline is printed in Vietnamese.
   * (Photo credits, `creditText` and `captionText`, follow the read's locale.)
   * @default false
   */
  languageField?: string | false
  /**
   * Keep the fields (so the database schema stays) but add no behaviour.
   * @default false
   */
  disabled?: boolean
}

export type SanitizedNewsroomConfig = Required<
  Omit<NewsroomPluginOptions, 'scheduler' | 'disabled' | 'royalties' | 'roleScopes'>
> & {
  roleScopes: (args: Omit<RolesOfArgs, 'doc'>) => RoleScope[]
  scheduler: { queue: string; autoRunCron: string | false }
  royalties: RoyaltySettings
  disabled: boolean
}
