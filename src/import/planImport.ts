import type { Payload } from 'payload'

import { guessUnit } from './guessUnit'
import type { ImportDirectory } from './importDirectory'
import { importKeyOf } from './importKeyOf'
import type { ImportPlan, Planned } from './importTypes'
import type { ParsedArticle } from './parsedArticle'
import { isGroupOfBodies } from './parseUnits'
import { foldText } from '../lib/foldText'
import { slugify } from '../lib/slugify'
import { titleAt } from '../lib/titleAt'

/**
 * A title named alone often drops the place the article is about: "Phó Chủ tịch UBND thành phố"
 * is "Phó Chủ tịch UBND thành phố Bắc Kạn" in an article on Bắc Kạn.
 */
const isTitle = (held: string, wanted: string) => {
  const folded = foldText(held)
  return folded === wanted || folded.startsWith(`${wanted} `)
}

const plannedFrom = (known: { id: string; name: string } | undefined, name: string): Planned =>
  known ? { action: 'reuse', id: known.id, name: known.name } : { action: 'create', name }

/**
 * What importing one parsed article would do: which units, officials, people and meeting it
 * reuses or creates, and the article itself. Reads only; `applyImport` writes it.
 */
export const planImport = async ({
  payload,
  directory,
  parsed,
  asRead = parsed,
  file,
  publish,
}: {
  payload: Payload
  directory: ImportDirectory
  parsed: ParsedArticle
  /** The article as first read, before an editor's corrections: what identifies the text. */
  asRead?: ParsedArticle
  file: string
  publish: boolean
}): Promise<ImportPlan> => {
  const importKey = importKeyOf(asRead)
  // The same text imported before, or the same article entered another way (sample content
  // seeded before articles carried their key): same title and same lead.
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: {
      or: [
        { importKey: { equals: importKey } },
        // By slug, which is indexed, rather than by title.
        ...(asRead.lead
          ? [
              {
                and: [
                  { slug: { equals: slugify(asRead.title) } },
                  { lead: { equals: asRead.lead } },
                ],
              },
            ]
          : []),
      ],
    },
    overrideAccess: true,
  })
  const warnings = [...parsed.warnings]
  const { meeting } = parsed

  const namedUnits = [
    ...new Set([...(meeting?.hostUnit ? [meeting.hostUnit] : []), ...parsed.units]),
  ]
  // A group ("UBND các phường") is listed for the editor, not made a unit record.
  const groups = namedUnits.filter(isGroupOfBodies)
  const unitNames = namedUnits.filter((name) => !isGroupOfBodies(name))
  if (groups.length > 0) {
    warnings.push({
      field: 'units',
      message: `Nhóm đơn vị không tạo thành bản ghi, hãy gắn từng đơn vị nếu cần: ${groups.join('; ')} (groups of units are not made records; tag each unit if needed)`,
    })
  }
  const units = unitNames
    .filter(
      (name, index) => unitNames.findIndex((other) => foldText(other) === foldText(name)) === index,
    )
    .map((name) => ({
      ...plannedFrom(directory.units.get(foldText(name)), name),
      ...guessUnit(name),
    }))
  if (units.some((unit) => unit.action === 'create')) {
    warnings.push({
      field: 'units',
      message:
        'Loại và cấp của đơn vị mới được đoán từ tên; hãy kiểm tra (new units: kind and level guessed from the name).',
    })
  }

  const officialsByName = new Map<string, { name: string; titles: string[] }>()
  for (const official of [...(meeting?.chair ? [meeting.chair] : []), ...parsed.officials]) {
    const key = foldText(official.name)
    const known = officialsByName.get(key)
    officialsByName.set(key, {
      name: official.name,
      titles: [...new Set([...(known?.titles ?? []), ...official.titles])],
    })
  }
  const officials = [...officialsByName.entries()].map(([key, official]) => ({
    ...plannedFrom(directory.officials.get(key), official.name),
    titles: official.titles,
  }))

  const credits = parsed.body.flatMap((block) =>
    block.kind === 'caption' && block.credit ? [block.credit] : [],
  )
  const people = [
    ...(parsed.byline ? [{ name: parsed.byline, role: 'text' as const }] : []),
    ...credits.map((name) => ({ name, role: 'photo' as const })),
  ].reduce<ImportPlan['people']>((list, { name, role }) => {
    const existing = list.find((person) => foldText(person.name) === foldText(name))
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role)
      return list
    }
    const user = directory.users.get(foldText(name))
    const contributor = directory.contributors.get(foldText(name))
    list.push(
      user
        ? { action: 'reuse', id: user.id, name: user.name, collection: 'users', roles: [role] }
        : { ...plannedFrom(contributor, name), collection: 'contributors', roles: [role] },
    )
    return list
  }, [])

  // Who held a title on the meeting day: the officials of this article first, then everyone known.
  const day = meeting?.date
  const titleReferences = parsed.titleReferences.map(({ title }) => {
    const wanted = foldText(title)
    const inText = officials.find((official) =>
      official.titles.some((held) => isTitle(held, wanted)),
    )
    const known = day
      ? [...directory.officials.values()].find((official) =>
          titleAt(official.positions, day)
            .split(', ')
            .some((held) => isTitle(held, wanted)),
        )
      : undefined
    return { title, official: inText?.name ?? known?.name }
  })

  const chair = meeting?.chair
    ? officials.find((official) => foldText(official.name) === foldText(meeting.chair!.name))
    : undefined
  const sameMeeting =
    meeting?.date && chair?.id
      ? directory.meetings.find(
          (known) =>
            known.day === meeting.date && known.chair === chair.id && known.kind === meeting.kind,
        )
      : undefined

  return {
    file,
    importKey,
    isAlreadyImported: totalDocs > 0,
    article: {
      title: parsed.title,
      lead: parsed.lead,
      publishedAt: parsed.publishedAt,
      views: parsed.views,
      stage: publish ? 'published' : 'draft',
      byline: parsed.byline,
    },
    units,
    officials,
    people,
    meeting: meeting && {
      ...(sameMeeting
        ? { action: 'reuse' as const, id: sameMeeting.id }
        : { action: 'create' as const }),
      name: parsed.title,
      kind: meeting.kind,
      date: meeting.date,
      partOfDay: meeting.partOfDay,
      chair: meeting.chair?.name,
      chairTitle: meeting.chair?.titles.join(', '),
      hostUnit: meeting.hostUnit,
    },
    titleReferences,
    warnings,
  }
}
