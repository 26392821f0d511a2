import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import type { Article } from '@/payload-types'
import { slugs } from '@collections/slugs'
import { transition } from '@plugins/newsroom'

import { REPUBLISH_CONTEXT_KEY } from './republishContext'
import { sourceContent, type PendingUpdate } from './sourceContent'
import { latestPublishedVersion } from './sourceCredit'

/** The stages that take a source down, and with it its republications. */
const takedownStages = ['unpublished', 'spiked']

const republicationsOf = async (req: PayloadRequest, source: Article['id']) =>
  (
    await req.payload.find({
      collection: slugs.articles,
      where: { 'republication.source': { equals: source } },
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs

/** A source back after a takedown, unchanged, proposes nothing. */
const isSameContent = (copy: Article, update: PendingUpdate) => {
  const current = sourceContent(copy)
  return (['title', 'lead', 'body', 'featuredImage', 'audio'] as const).every(
    (field) =>
      JSON.stringify(current[field] ?? null) === JSON.stringify(update.content[field] ?? null),
  )
}

/** Each republication gets the published correction as an update waiting for its approval. */
const proposeUpdate = async (req: PayloadRequest, source: Article) => {
  const version = await latestPublishedVersion(req.payload, source.id, req)
  if (!version) return
  const update: PendingUpdate = {
    version,
    proposedAt: new Date().toISOString(),
    content: sourceContent(source),
  }
  for (const copy of await republicationsOf(req, source.id)) {
    if (copy.republication?.sourceVersion === version || isSameContent(copy, update)) continue
    await req.payload.update({
      collection: slugs.articles,
      id: copy.id,
      data: { republication: { ...copy.republication, pendingUpdate: update } },
      draft: true,
      depth: 0,
      overrideAccess: true,
      context: { [REPUBLISH_CONTEXT_KEY]: true },
      req,
    })
  }
}

/** Every live republication goes down with its source, as a workflow step naming why. */
const takeDown = async (req: PayloadRequest, copies: Article[], why: string) => {
  for (const copy of copies) {
    if (copy.workflowStage !== 'published') continue
    await transition({
      payload: req.payload,
      collection: slugs.articles,
      id: copy.id,
      to: 'unpublished',
      note: `Gỡ theo bài gốc: bài gốc ở ${copy.republication?.sourceSiteName ?? 'cổng nguồn'} ${why} (the source was taken down).`,
      user: null,
      req,
    })
  }
}

/**
 * A source's workflow reaches its republications: a publication (a correction, or a return
 * after a takedown) proposes an update to each; a takedown takes each live one down. Only
 * transitions move a stage, so a changed stage or sequence is a transition's write.
 */
export const followSource: CollectionAfterChangeHook<Article> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.workflowSequence === previousDoc?.workflowSequence) return doc
  if (doc.workflowStage === 'published' && doc._status === 'published') {
    await proposeUpdate(req, doc)
  } else if (
    takedownStages.includes(String(doc.workflowStage)) &&
    previousDoc?.workflowStage !== doc.workflowStage
  ) {
    const why = doc.workflowStage === 'spiked' ? 'đã bị hủy' : 'đã bị gỡ'
    await takeDown(req, await republicationsOf(req, doc.id), why)
  }
  return doc
}

/** Per deleted id: a bulk delete runs the hooks of many documents on one request. */
const deletedSourceKey = (id: string | number) => `republicationsOfDeletedSource:${id}`

/**
 * A deleted source takes its live republications down as well. They are found before the
 * delete, which removes their link to it.
 */
export const findCopiesOfDeletedSource: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Found first: a Local API call may give the request a new context object.
  const copies = await republicationsOf(req, String(id))
  req.context[deletedSourceKey(id)] = copies
}

export const followDeletedSource: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  const copies = req.context[deletedSourceKey(doc.id)] as Article[] | undefined
  await takeDown(req, copies ?? [], 'đã bị xóa')
  return doc
}
