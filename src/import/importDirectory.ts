import type { Payload } from 'payload'

import { foldText } from '../lib/foldText'
import { vietnamDay } from '../lib/vietnamTime'

export type Known = { id: string; name: string }
export type KnownOfficial = Known & {
  positions: { title: string; from?: string | null; to?: string | null }[]
}
export type KnownMeeting = { id: string; day?: string; chair?: string; kind: string }

/**
 * Everything an import matches names against, loaded once per run and kept current as the run
 * creates records, so that the same person or unit named in two files becomes one record.
 * Names are compared folded: "Dương Hữu Bường" and "DUONG HUU BUONG" are one person.
 */
export type ImportDirectory = {
  units: Map<string, Known>
  officials: Map<string, KnownOfficial>
  users: Map<string, Known>
  contributors: Map<string, Known>
  meetings: KnownMeeting[]
}

const index = <T extends Known>(entries: [string | null | undefined, T][]) => {
  const map = new Map<string, T>()
  for (const [name, value] of entries) if (name) map.set(foldText(name), value)
  return map
}

export const loadImportDirectory = async (payload: Payload): Promise<ImportDirectory> => {
  const all = { pagination: false, depth: 0, overrideAccess: true } as const
  const [units, officials, users, contributors, meetings] = await Promise.all([
    payload.find({ collection: 'units', ...all, select: { name: true, shortName: true } }),
    payload.find({ collection: 'officials', ...all, select: { fullName: true, positions: true } }),
    payload.find({ collection: 'users', ...all, select: { fullName: true, penName: true } }),
    payload.find({ collection: 'contributors', ...all, select: { name: true, penName: true } }),
    payload.find({
      collection: 'meetings',
      ...all,
      select: { startsAt: true, chair: true, kind: true },
    }),
  ])
  return {
    units: index(
      units.docs.flatMap(
        (unit) =>
          [
            [unit.name, { id: unit.id, name: unit.name }],
            [unit.shortName, { id: unit.id, name: unit.name }],
          ] as [string, Known][],
      ),
    ),
    officials: index(
      officials.docs.map((official) => [
        official.fullName,
        { id: official.id, name: official.fullName, positions: official.positions ?? [] },
      ]),
    ),
    users: index(
      users.docs.flatMap(
        (user) =>
          [
            [user.fullName, { id: user.id, name: user.penName || user.fullName }],
            [user.penName, { id: user.id, name: user.penName || user.fullName }],
          ] as [string, Known][],
      ),
    ),
    contributors: index(
      contributors.docs.flatMap(
        (person) =>
          [
            [person.name, { id: person.id, name: person.penName || person.name }],
            [person.penName, { id: person.id, name: person.penName || person.name }],
          ] as [string, Known][],
      ),
    ),
    meetings: meetings.docs.map((meeting) => ({
      id: meeting.id,
      day: meeting.startsAt ? vietnamDay(meeting.startsAt) : undefined,
      chair: typeof meeting.chair === 'string' ? meeting.chair : meeting.chair?.id,
      kind: meeting.kind,
    })),
  }
}
