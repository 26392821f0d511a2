import type { Payload } from 'payload'

import { seed } from './seed'

/** `npm run dev` on an empty database loads the sample newsroom. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs: articles } = await payload.count({ collection: 'articles' })
  if (articles > 0) return
  payload.logger.info('Toasoan: empty database, loading the sample newsroom…')
  await seed(payload)
  payload.logger.info('Toasoan: sample newsroom loaded.')
}
