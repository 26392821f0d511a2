import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from './sanitizePluginConfig'

const canManage = () => true

describe('sanitizePluginConfig', () => {
  it('should apply the documented defaults', () => {
    expect(sanitizePluginConfig({ collections: ['articles'], canManage })).toEqual({
      collections: ['articles'],
      globals: [],
      canManage,
      onEvent: undefined,
      slugField: 'slug',
      categoryField: 'category',
      siteField: undefined,
      endpointsCollection: 'webhook-endpoints',
      deliveriesCollection: 'webhook-deliveries',
      scheduler: { queue: 'webhooks', autoRunCron: '* * * * *' },
      retries: { attempts: 6, delayMs: 30_000 },
      timeoutMs: 10_000,
      keepDeliveriesDays: 30,
    })
  })

  it('should keep what the options say', () => {
    const config = sanitizePluginConfig({
      collections: [],
      globals: ['site-settings' as never],
      canManage,
      scheduler: { autoRunCron: false },
      retries: { attempts: 0 },
    })
    expect(config.scheduler).toEqual({ queue: 'webhooks', autoRunCron: false })
    expect(config.retries).toEqual({ attempts: 0, delayMs: 30_000 })
  })

  it('should put endpoints on sites only with both the site field and the sites collection', () => {
    expect(
      sanitizePluginConfig({
        collections: ['articles'],
        canManage,
        siteField: 'site',
        sitesCollection: 'sites' as never,
      }).sites,
    ).toEqual({ field: 'site', collection: 'sites' })
    expect(
      sanitizePluginConfig({ collections: ['articles'], canManage, siteField: 'site' }).sites,
    ).toBeUndefined()
    expect(() =>
      sanitizePluginConfig({
        collections: ['articles'],
        canManage,
        sitesCollection: 'sites' as never,
      }),
    ).toThrow(/sitesCollection.*siteField/)
  })

  it('should refuse options that could not work, naming the plugin', () => {
    expect(() => sanitizePluginConfig({ collections: [], canManage })).toThrow(
      /\[webhooks plugin\]/,
    )
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], canManage: undefined as never }),
    ).toThrow(/canManage/)
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], canManage, retries: { attempts: -1 } }),
    ).toThrow(/retries.attempts/)
    expect(() =>
      sanitizePluginConfig({ collections: ['articles'], canManage, timeoutMs: 0 }),
    ).toThrow(/timeoutMs/)
  })
})
