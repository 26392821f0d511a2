import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { generateSecret, isValidSecret, signWebhook } from './signWebhook'

describe('signWebhook', () => {
  it('should sign id, timestamp and body with the secret bytes', () => {
    const key = Buffer.alloc(32, 7)
    const secret = `whsec_${key.toString('base64')}`
    const expected = createHmac('sha256', key).update('evt_1.1700000000.{"a":1}').digest('base64')
    expect(signWebhook({ body: '{"a":1}', id: 'evt_1', secret, timestamp: 1700000000 })).toBe(
      `v1,${expected}`,
    )
  })

  it('should match the Standard Webhooks reference vector', () => {
    // From the specification's test suite (standard-webhooks, libraries/javascript).
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const body = '{"test": 2432232314}'
    expect(
      signWebhook({ body, id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', secret, timestamp: 1614265330 }),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')
  })

  it('should generate secrets it accepts, and refuse others', () => {
    const secret = generateSecret()
    expect(isValidSecret(secret)).toBe(true)
    expect(generateSecret()).not.toBe(secret)
    expect(isValidSecret('hunter2')).toBe(false)
    expect(isValidSecret('whsec_c2hvcnQ=')).toBe(false)
  })
})
