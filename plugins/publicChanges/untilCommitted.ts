import type { Payload, PayloadRequest } from 'payload'

type TransactionalRequest = {
  transactionID?: PayloadRequest['transactionID']
  payload: { db: Pick<Payload['db'], 'sessions'> }
}

type UntilCommittedOptions = { intervalMs?: number; timeoutMs?: number }

/**
 * Resolves once the request's transaction has ended, at once when there is none. Payload offers
 * no commit hook; its adapters keep each open transaction in `db.sessions` until commit or
 * rollback. Without transactions (our SQLite) `req.transactionID` is a promise of `null`, or `{}`
 * once Payload's dataloader has copied it. A write's transaction lasts milliseconds; the wait is
 * capped so that a request kept open cannot hold the cache off for long.
 */
export const untilCommitted = async (
  req: TransactionalRequest,
  { intervalMs = 5, timeoutMs = 30_000 }: UntilCommittedOptions = {},
): Promise<void> => {
  const id = await req.transactionID
  if (typeof id !== 'string' && typeof id !== 'number') return
  const deadline = Date.now() + timeoutMs
  while (req.payload.db.sessions?.[id] && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
