import { describe, expect, it } from 'vitest'

import { untilCommitted } from './untilCommitted'

const requestIn = (transactionID: unknown, sessions: Record<string, unknown>) =>
  ({ transactionID, payload: { db: { sessions } } }) as Parameters<typeof untilCommitted>[0]

describe('untilCommitted', () => {
  it('should resolve once the adapter has closed the transaction', async () => {
    const sessions: Record<string, unknown> = { 'tx-1': {} }
    let isDone = false
    const waiting = untilCommitted(requestIn('tx-1', sessions), { intervalMs: 1 }).then(
      () => (isDone = true),
    )
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(isDone).toBe(false)
    delete sessions['tx-1']
    await waiting
    expect(isDone).toBe(true)
  })

  it('should resolve at once without a transaction, whatever Payload left in transactionID', async () => {
    // Each request has a session under the key a wrong reading of its transactionID would give,
    // so a wait would last the whole minute.
    const options = { intervalMs: 1, timeoutMs: 60_000 }
    const waits = [
      untilCommitted(requestIn(undefined, { undefined: {} }), options),
      untilCommitted(requestIn(Promise.resolve(null), { null: {} }), options),
      untilCommitted(requestIn({}, { '[object Object]': {} }), options),
    ]
    const outcome = await Promise.race([
      Promise.all(waits).then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_000)),
    ])
    expect(outcome).toBe('resolved')
  })

  it('should wait for an open transaction until the timeout, then give up', async () => {
    let checks = 0
    const sessions = new Proxy<Record<string, unknown>>(
      {},
      {
        get: (_target, key) => {
          if (key === 'never-ends') checks += 1
          return key === 'never-ends' ? {} : undefined
        },
      },
    )
    const startedAt = Date.now()
    await expect(
      untilCommitted(requestIn('never-ends', sessions), { intervalMs: 1, timeoutMs: 50 }),
    ).resolves.toBeUndefined()
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(45)
    expect(checks).toBeGreaterThan(1)
  })
})
