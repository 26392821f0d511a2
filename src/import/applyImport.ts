import type { CollectionSlug, Payload } from 'payload'

import { transition } from '@plugins/newsroom'

import type { ImportDirectory } from './importDirectory'
import type { ImportPlan } from './importTypes'
import type { ParsedArticle } from './parsedArticle'
import { foldText } from '../lib/foldText'
import { lexicalDocument, type BodyBlock } from '../lib/lexicalDocument'

export type ImportOutcome = {
  file: string
  status: 'imported' | 'unchanged'
  articleId?: string
  created: Record<string, number>
  reused: Record<string, number>
}

const count = (list: { action: string }[], action: string) =>
  list.filter((item) => item.action === action).length

const captionText = (block: Extract<ParsedArticle['body'][number], { kind: 'caption' }>) =>
  block.credit ? `${block.text} (Ảnh: ${block.credit})` : block.text

/**
 * Writes one planned import: units, officials, contributors, the meeting and the article, linked
 * together, in the workflow's first stage (or published, recorded as an import). All or
 * nothing: on any failure the records it created are deleted and officials it extended restored,
 * so SQLite (without transactions) and MongoDB alike keep no half-imported article.
 */
export const applyImport = async ({
  payload,
  directory,
  plan,
  parsed,
  category,
  site,
}: {
  payload: Payload
  directory: ImportDirectory
  plan: ImportPlan
  parsed: ParsedArticle
  /** The category an editor chose in the admin's import (the text never names one). */
  category?: string | number
  /** The site the article is written to (the admin's import); else the default new site. */
  site?: string | number
}): Promise<ImportOutcome> => {
  const summary = {
    created: {
      units: count(plan.units, 'create'),
      officials: count(plan.officials, 'create'),
      contributors: count(plan.people, 'create'),
      meetings: plan.meeting?.action === 'create' ? 1 : 0,
      articles: 1,
    },
    reused: {
      units: count(plan.units, 'reuse'),
      officials: count(plan.officials, 'reuse'),
      people: count(plan.people, 'reuse'),
      meetings: plan.meeting?.action === 'reuse' ? 1 : 0,
    },
  }
  if (plan.isAlreadyImported) {
    return { file: plan.file, status: 'unchanged', created: {}, reused: { articles: 1 } }
  }

  const created: { collection: CollectionSlug; id: string }[] = []
  const restored: (() => Promise<unknown>)[] = []
  const directoryAdds: (() => void)[] = []
  const create = async <S extends CollectionSlug>(collection: S, data: Record<string, unknown>) => {
    const doc = await payload.create({
      collection,
      data: data as never,
      depth: 0,
      overrideAccess: true,
    })
    created.push({ collection, id: String(doc.id) })
    return String(doc.id)
  }

  try {
    const unitIds = new Map<string, string>()
    for (const unit of plan.units) {
      const id =
        unit.id ?? (await create('units', { name: unit.name, kind: unit.kind, level: unit.level }))
      unitIds.set(foldText(unit.name), id)
      directoryAdds.push(() => directory.units.set(foldText(unit.name), { id, name: unit.name }))
    }

    const officialIds = new Map<string, string>()
    for (const official of plan.officials) {
      const key = foldText(official.name)
      const known = directory.officials.get(key)
      let id = official.id
      if (!id) {
        id = await create('officials', {
          fullName: official.name,
          positions: official.titles.map((title) => ({ title })),
        })
      } else if (known) {
        const missing = official.titles.filter(
          (title) => !known.positions.some((held) => foldText(held.title) === foldText(title)),
        )
        if (missing.length) {
          const before = known.positions
          await payload.update({
            collection: 'officials',
            id,
            data: { positions: [...before, ...missing.map((title) => ({ title }))] },
            overrideAccess: true,
          })
          restored.push(() =>
            payload.update({
              collection: 'officials',
              id: id!,
              data: { positions: before },
              overrideAccess: true,
            }),
          )
        }
      }
      officialIds.set(key, id)
      const savedId = id
      directoryAdds.push(() =>
        directory.officials.set(key, {
          id: savedId,
          name: official.name,
          positions: [...(known?.positions ?? []), ...official.titles.map((title) => ({ title }))],
        }),
      )
    }

    const personIds = new Map<string, { relationTo: 'users' | 'contributors'; value: string }>()
    for (const person of plan.people) {
      const id =
        person.id ?? (await create('contributors', { name: person.name, penName: person.name }))
      personIds.set(foldText(person.name), { relationTo: person.collection, value: id })
      if (person.collection === 'contributors') {
        directoryAdds.push(() =>
          directory.contributors.set(foldText(person.name), { id, name: person.name }),
        )
      }
    }

    const { meeting } = plan
    const chairId = meeting?.chair ? officialIds.get(foldText(meeting.chair)) : undefined
    const hostId = meeting?.hostUnit ? unitIds.get(foldText(meeting.hostUnit)) : undefined
    const mentionedOfficials = [
      ...new Set([
        ...officialIds.values(),
        ...plan.titleReferences.flatMap((reference) => {
          const id =
            reference.official &&
            (officialIds.get(foldText(reference.official)) ??
              directory.officials.get(foldText(reference.official))?.id)
          return id ? [id] : []
        }),
      ]),
    ]
    let meetingId = meeting?.id
    if (meeting && !meetingId) {
      meetingId = await create('meetings', {
        title: meeting.name,
        kind: meeting.kind,
        startsAt: meeting.date
          ? new Date(`${meeting.date}T00:00:00+07:00`).toISOString()
          : undefined,
        partOfDay: meeting.partOfDay,
        chair: chairId,
        chairTitle: meeting.chairTitle,
        hostUnits: hostId ? [hostId] : [],
        attendingUnits: [...unitIds.values()].filter((id) => id !== hostId),
        attendingOfficials: mentionedOfficials.filter((id) => id !== chairId),
      })
      const savedMeeting = meetingId
      directoryAdds.push(() =>
        directory.meetings.push({
          id: savedMeeting,
          day: meeting.date,
          chair: chairId,
          kind: meeting.kind,
        }),
      )
    }

    const body: BodyBlock[] = parsed.body.map((block) =>
      block.kind === 'caption' ? { kind: 'caption', text: captionText(block) } : block,
    )
    const articleId = await create('articles', {
      title: parsed.title,
      lead: parsed.lead,
      body: lexicalDocument(body),
      publishedAt: parsed.publishedAt && new Date(parsed.publishedAt).toISOString(),
      views: parsed.views ?? 0,
      meeting: meetingId,
      ...(category !== undefined ? { category } : {}),
      ...(site !== undefined ? { site } : {}),
      officials: mentionedOfficials,
      units: [...unitIds.values()],
      byline: plan.people.flatMap((person) =>
        person.roles.map((role) => ({
          person: personIds.get(foldText(person.name)),
          role,
          displayName: person.name,
        })),
      ),
      importKey: plan.importKey,
    })
    if (plan.article.stage === 'published') {
      await transition({
        payload,
        collection: 'articles',
        id: articleId,
        to: 'published',
        user: null,
        systemActor: 'import',
      })
    }
    for (const add of directoryAdds) add()
    return { file: plan.file, status: 'imported', articleId, ...summary }
  } catch (error) {
    for (const { collection, id } of created.reverse()) {
      await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
    }
    for (const restore of restored) await restore().catch(() => undefined)
    throw error
  }
}
