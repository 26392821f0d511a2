import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { defaultStages, defaultStamps, defaultTransitions } from './defaults'
import { sanitizePluginConfig } from './sanitizePluginConfig'

describe('sanitizePluginConfig', () => {
  it('should apply every default', () => {
    const config = sanitizePluginConfig({ collections: ['articles'] })
    expect(config.stages).toBe(defaultStages)
    expect(config.transitions).toBe(defaultTransitions)
    expect(config).toMatchObject({
      publishedStage: 'published',
      authorField: 'createdBy',
      usersCollection: 'users',
      rolesField: 'roles',
      adminRole: 'admin',
      eventsCollection: 'workflow-events',
      publishAtField: 'publishedAt',
      contributorsCollection: 'contributors',
      mediaCollection: 'media',
      royalties: { baseValue: 234_000, currency: 'VND' },
      notifications: true,
      scheduler: { queue: 'newsroom', autoRunCron: '* * * * *' },
      disabled: false,
    })
  })

  it('should keep options that were given', () => {
    const config = sanitizePluginConfig({
      collections: ['articles'],
      notifications: false,
      scheduler: { autoRunCron: false },
    })
    expect(config.notifications).toBe(false)
    expect(config.scheduler).toEqual({ queue: 'newsroom', autoRunCron: false })
  })

  it('should read roles from the roles field on every document by default', () => {
    const config = sanitizePluginConfig({ collections: ['articles'], rolesField: 'chucVu' })
    const user = { id: 1, chucVu: ['editor', 7, 'reporter'] }
    const req = {} as PayloadRequest
    expect(config.rolesOf({ user, doc: { site: 2 }, req })).toEqual(['editor', 'reporter'])
    expect(config.roleScopes({ user, req })).toEqual([{ roles: ['editor', 'reporter'] }])
    expect(config.scopeField).toBe(false)
  })

  it('should build the default role scopes from a given rolesOf', () => {
    const config = sanitizePluginConfig({
      collections: ['articles'],
      rolesOf: ({ doc }) => (doc ? ['reporter'] : ['reporter', 'editor']),
    })
    expect(config.roleScopes({ user: { id: 1 }, req: {} as PayloadRequest })).toEqual([
      { roles: ['reporter', 'editor'] },
    ])
  })

  it('should refuse an empty collection list, naming the plugin', () => {
    expect(() => sanitizePluginConfig({ collections: [] })).toThrow(
      '[newsroom plugin] `collections` must name at least one collection.',
    )
  })

  it('should refuse a transition to an unknown stage', () => {
    expect(() =>
      sanitizePluginConfig({
        collections: ['articles'],
        transitions: [
          {
            from: ['draft'],
            to: 'archived',
            label: { vi: 'Lưu', en: 'Archive' },
            actors: ['editor'],
          },
        ],
      }),
    ).toThrow('names unknown stage "archived"')
  })

  it('should refuse a published stage that is not a stage', () => {
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], publishedStage: 'live' }),
    ).toThrow('`publishedStage` "live" is not one of the stages.')
  })

  it('should refuse a royalty genre with an empty range', () => {
    expect(() =>
      sanitizePluginConfig({
        collections: ['articles'],
        royalties: {
          genres: [{ value: 'news', label: { vi: 'Tin', en: 'News' }, min: 5, max: 2 }],
        },
      }),
    ).toThrow('royalty genre "news" needs 0 < min ≤ max (got 5–2).')
  })

  it('should refuse a stage defined twice', () => {
    expect(() =>
      sanitizePluginConfig({
        collections: ['articles'],
        stages: [
          ...defaultStages,
          { value: 'draft', label: { vi: 'Nháp', en: 'Draft' }, color: '#000' },
        ],
      }),
    ).toThrow('stage "draft" is defined twice.')
  })

  it('should stamp by default only the default stages that are configured', () => {
    const config = sanitizePluginConfig({
      collections: ['articles'],
      stages: [defaultStages[0], defaultStages[4]],
      transitions: [
        {
          from: ['draft'],
          to: 'published',
          label: { vi: 'Đăng', en: 'Publish' },
          actors: ['editor'],
        },
      ],
      editableBy: {},
    })
    expect(config.stamps).toEqual({ published: defaultStamps.published })
  })

  it('should refuse a stamp of an unknown stage', () => {
    const stamp = {
      by: 'liveBy',
      at: 'liveAt',
      label: { by: { vi: 'Người', en: 'By' }, at: { vi: 'Lúc', en: 'At' } },
    }
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], stamps: { live: stamp } }),
    ).toThrow('`stamps` names unknown stage "live".')
  })

  it('should refuse two stamps writing the same field', () => {
    const stamp = {
      by: 'movedBy',
      at: 'movedAt',
      label: { by: { vi: 'Người', en: 'By' }, at: { vi: 'Lúc', en: 'At' } },
    }
    expect(() =>
      sanitizePluginConfig({
        collections: ['articles'],
        stamps: { submitted: stamp, edited: stamp },
      }),
    ).toThrow('stamp field "movedBy" is used twice.')
  })
})
