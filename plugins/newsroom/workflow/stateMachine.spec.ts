import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from '../sanitizePluginConfig'
import {
  availableTransitions,
  canEditInStage,
  decideTransition,
  rolesActingNextFrom,
  type ActorContext,
} from './stateMachine'

const config = sanitizePluginConfig({ collections: ['articles'] })

const as = (roles: string[], isAuthor = false): ActorContext => ({
  roles,
  isAuthor,
  isSystem: false,
})
const system: ActorContext = { roles: [], isAuthor: false, isSystem: true }

const people = {
  author: as(['reporter'], true),
  otherReporter: as(['reporter']),
  contributorAuthor: as(['contributor'], true),
  editor: as(['editor']),
  chief: as(['editorInChief']),
  admin: as(['admin']),
}
type Person = keyof typeof people

/** Every default transition and exactly who may make it (admins may do all). */
const matrix: { from: string; to: string; allowed: Person[]; note?: boolean }[] = [
  {
    from: 'draft',
    to: 'submitted',
    allowed: ['author', 'contributorAuthor', 'editor', 'chief', 'admin'],
  },
  { from: 'returned', to: 'submitted', allowed: ['author', 'contributorAuthor', 'admin'] },
  { from: 'submitted', to: 'edited', allowed: ['editor', 'chief', 'admin'] },
  { from: 'submitted', to: 'returned', allowed: ['editor', 'chief', 'admin'], note: true },
  { from: 'edited', to: 'returned', allowed: ['editor', 'chief', 'admin'], note: true },
  { from: 'edited', to: 'approved', allowed: ['chief', 'admin'] },
  { from: 'approved', to: 'published', allowed: ['editor', 'chief', 'admin'] },
  { from: 'published', to: 'unpublished', allowed: ['chief', 'admin'], note: true },
  { from: 'unpublished', to: 'draft', allowed: ['editor', 'chief', 'admin'] },
  ...['draft', 'submitted', 'edited', 'approved', 'returned', 'unpublished'].map((from) => ({
    from,
    to: 'spiked',
    allowed: ['chief', 'admin'] as Person[],
    note: true,
  })),
]

describe('decideTransition: the role × transition matrix', () => {
  for (const { from, to, allowed, note } of matrix) {
    for (const person of Object.keys(people) as Person[]) {
      const isAllowed = allowed.includes(person)
      it(`should ${isAllowed ? 'allow' : 'refuse'} ${person}: ${from} → ${to}`, () => {
        const decision = decideTransition({
          config,
          from,
          to,
          actor: people[person],
          note: note ? 'Lý do cụ thể' : undefined,
        })
        expect('transition' in decision).toBe(isAllowed)
        if (!isAllowed) expect(decision).toMatchObject({ refusal: { status: 403 } })
      })
    }
  }
})

describe('decideTransition: refusals', () => {
  it('should refuse an unknown stage with 400', () => {
    const decision = decideTransition({
      config,
      from: 'draft',
      to: 'archived',
      actor: people.admin,
    })
    expect(decision).toEqual({
      refusal: { status: 400, message: expect.stringContaining('unknown stage "archived"') },
    })
  })

  it('should refuse a move the current stage does not allow with 409, even to an admin', () => {
    const decision = decideTransition({
      config,
      from: 'draft',
      to: 'published',
      actor: people.admin,
    })
    expect(decision).toEqual({
      refusal: {
        status: 409,
        message:
          'Không thể chuyển từ "Nháp" sang "Đã xuất bản" (not allowed from the current stage "draft" to "published")',
      },
    })
  })

  it('should refuse a missing or blank note with 400', () => {
    for (const note of [undefined, '', '   ']) {
      const decision = decideTransition({
        config,
        from: 'submitted',
        to: 'returned',
        actor: people.editor,
        note,
      })
      expect(decision).toEqual({
        refusal: { status: 400, message: expect.stringContaining('note is required') },
      })
    }
  })

  it('should let spiking a published article be refused: it must be unpublished first', () => {
    const decision = decideTransition({
      config,
      from: 'published',
      to: 'spiked',
      actor: people.chief,
      note: 'x',
    })
    expect(decision).toMatchObject({ refusal: { status: 409 } })
  })

  it('should let an import place a draft directly in any stage, and nothing else do so', () => {
    const importer: ActorContext = { ...system, isImport: true }
    expect(
      decideTransition({ config, from: 'draft', to: 'published', actor: importer }),
    ).toHaveProperty('transition')
    expect(
      decideTransition({ config, from: 'draft', to: 'published', actor: system }),
    ).toMatchObject({ refusal: { status: 409 } })
  })

  it('should let the system (scheduler) publish an approved article', () => {
    expect(
      decideTransition({ config, from: 'approved', to: 'published', actor: system }),
    ).toHaveProperty('transition')
  })
})

describe('availableTransitions', () => {
  it("should offer an author's draft only submission and nothing to another reporter", () => {
    expect(
      availableTransitions({ config, from: 'draft', actor: people.author }).map((t) => t.to),
    ).toEqual(['submitted'])
    expect(availableTransitions({ config, from: 'draft', actor: people.otherReporter })).toEqual([])
  })

  it('should offer the editor-in-chief approval, return and spiking of an edited article', () => {
    expect(
      availableTransitions({ config, from: 'edited', actor: people.chief }).map((t) => t.to),
    ).toEqual(['returned', 'approved', 'spiked'])
  })
})

describe('canEditInStage', () => {
  it('should let authors edit drafts and returned articles only', () => {
    expect(canEditInStage({ config, stage: 'draft', actor: people.author })).toBe(true)
    expect(canEditInStage({ config, stage: 'returned', actor: people.author })).toBe(true)
    expect(canEditInStage({ config, stage: 'submitted', actor: people.author })).toBe(false)
  })

  it('should let editors edit in submitted and edited, and only the chief after approval', () => {
    expect(canEditInStage({ config, stage: 'edited', actor: people.editor })).toBe(true)
    expect(canEditInStage({ config, stage: 'approved', actor: people.editor })).toBe(false)
    expect(canEditInStage({ config, stage: 'approved', actor: people.chief })).toBe(true)
    expect(canEditInStage({ config, stage: 'published', actor: people.chief })).toBe(true)
  })

  it('should let nobody but admins edit a spiked article', () => {
    expect(canEditInStage({ config, stage: 'spiked', actor: people.chief })).toBe(false)
    expect(canEditInStage({ config, stage: 'spiked', actor: people.admin })).toBe(true)
  })
})

describe('rolesActingNextFrom', () => {
  it('should name who moves the article forward from each stage', () => {
    expect(rolesActingNextFrom(config, 'submitted')).toEqual(['editor', 'editorInChief'])
    expect(rolesActingNextFrom(config, 'edited')).toEqual(['editorInChief'])
    expect(rolesActingNextFrom(config, 'approved')).toEqual(['editorInChief', 'editor'])
  })

  it('should name nobody for a published article: corrections and unpublishing are not awaited', () => {
    expect(rolesActingNextFrom(config, 'published')).toEqual([])
  })
})
