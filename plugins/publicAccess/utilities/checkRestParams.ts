import type { SanitizedPublicAccessConfig } from '../types'
import { refuse } from './refuse'

const WHOLE_NUMBER = /^\d+$/

/**
 * An anonymous REST query string's page size, page, depth and pagination, read as the client
 * wrote them (Payload's own parsing turns `limit=abc` into no limit and lets `-1` through):
 * each given once, a whole number in its range, and `pagination=false` refused. Refused with a
 * 400 naming the parameter rather than clamped, so that a front-end developer sees the mistake.
 */
export const checkRestParams = (search: URLSearchParams, config: SanitizedPublicAccessConfig) => {
  const one = (name: string): string | undefined => {
    const values = search.getAll(name)
    if (values.length > 1) refuse(`${name} chỉ được cho một lần (${name} must be given once).`)
    return values[0]
  }
  const inRange = (value: string | undefined, min: number, max: number) =>
    value === undefined ||
    (WHOLE_NUMBER.test(value) && Number(value) >= min && Number(value) <= max)
  const limit = one('limit')
  if (!inRange(limit, 1, config.maxLimit) || search.has('limit[]')) {
    refuse(
      `Mỗi trang từ 1 đến ${config.maxLimit} mục (limit must be an integer 1–${config.maxLimit} for anonymous clients, got ${JSON.stringify(limit ?? search.get('limit[]'))}).`,
    )
  }
  const page = one('page')
  if (!inRange(page, 1, Number.MAX_SAFE_INTEGER)) {
    refuse(
      `page phải là số nguyên ≥ 1 (page must be a positive integer, got ${JSON.stringify(page)}).`,
    )
  }
  const depth = one('depth')
  if (!inRange(depth, 0, config.maxDepth)) {
    refuse(
      `Độ sâu từ 0 đến ${config.maxDepth} (depth must be an integer 0–${config.maxDepth} for anonymous clients, got ${JSON.stringify(depth)}).`,
    )
  }
  const pagination = one('pagination')
  if (pagination !== undefined && pagination !== 'true') {
    refuse('Không được tắt phân trang (pagination=false is not allowed for anonymous clients).')
  }
}
