import { describe, expect, it } from 'vitest'

import { databaseFromUri } from './databaseFromUri'

describe('databaseFromUri', () => {
  it('should use SQLite with text ids when no URI or a file: URI is given', () => {
    for (const uri of [undefined, '', 'file:./data/other.db']) {
      expect(databaseFromUri(uri).adapter).toMatchObject({ name: 'sqlite', defaultIDType: 'text' })
    }
  })

  it('should use MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    for (const uri of [
      'mongodb://127.0.0.1:27017/toasoan?replicaSet=rs0',
      'mongodb+srv://cluster.example.vn/toasoan',
    ]) {
      expect(databaseFromUri(uri).adapter).toMatchObject({
        name: 'mongoose',
        defaultIDType: 'text',
      })
    }
  })

  it('should refuse any other database URI with a clear message', () => {
    expect(() => databaseFromUri('postgres://localhost/toasoan')).toThrow(
      'DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:" (got "postgres:…").',
    )
  })
})
