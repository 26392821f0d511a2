import { describe, expect, it } from 'vitest'

import { adminDateTime } from './adminDateTime'

describe('adminDateTime', () => {
  it('should print an instant as dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(adminDateTime('2020-12-30T11:45:37.000Z')).toBe('30/12/2020 18:45')
    expect(adminDateTime('2020-12-31T17:05:00.000Z')).toBe('01/01/2021 00:05')
  })
})
