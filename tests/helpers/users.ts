import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-1'

/**
 * A real account with the given roles, returned as the Local API expects `user` (with its
 * collection), so access runs exactly as for a logged-in request.
 */
export const createUser = async (
  payload: Payload,
  roles: Role[],
  fullName = `Người thử ${roles.join('+')}`,
): Promise<User & { collection: 'users' }> => {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-')}-${randomUUID().slice(0, 8)}@toasoan.test`,
      password: TEST_PASSWORD,
      fullName,
      roles,
    },
  })
  return { ...user, collection: 'users' }
}

type SiteRole = NonNullable<User['sites']>[number]['roles'][number]

/**
 * A real account holding roles on some sites only (`sites[]`) and none on every site, as a
 * site's editorial board has them.
 */
export const createSiteUser = async (
  payload: Payload,
  sites: { site: string; roles: SiteRole[] }[],
  fullName = `Người thử ${sites.map(({ roles }) => roles.join('+')).join('/')}`,
): Promise<User & { collection: 'users' }> => {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `site-${randomUUID().slice(0, 8)}@toasoan.test`,
      password: TEST_PASSWORD,
      fullName,
      sites,
    },
  })
  return { ...user, collection: 'users' }
}
