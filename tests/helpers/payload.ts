import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

let instance: Payload | undefined

/** The real Payload instance of this test file, on the database setupDatabase.ts gave it. */
export const testPayload = async (): Promise<Payload> => {
  instance ??= await getPayload({ config })
  return instance
}

/** Drops a MongoDB test database (a SQLite file is simply deleted) and closes the connection. */
export const closeTestPayload = async (): Promise<void> => {
  if (!instance) return
  const connection = (instance.db as { connection?: { dropDatabase: () => Promise<unknown> } })
    .connection
  if (connection) await connection.dropDatabase()
  await instance.destroy()
  instance = undefined
}
