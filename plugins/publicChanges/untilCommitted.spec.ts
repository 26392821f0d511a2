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
    const options = { timeoutMs: 60_000 }
    await untilCommitted(requestIn(undefined, {}), options)
    await untilCommitted(requestIn(Promise.resolve(null), {}), options)
    await untilCommitted(requestIn({}, { '[object Object]': {} }), options)
  })

  it('should give up after the timeout', async () => {
    await expect(
      untilCommitted(requestIn('never-ends', { 'never-ends': {} }), {
        intervalMs: 1,
        timeoutMs: 5,
      }),
    ).resolves.toBeUndefined()
  })
})
