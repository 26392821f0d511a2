import { isolateObjectProperty, type Payload, type PayloadRequest, type Where } from 'payload'

import { getNewsroomConfig } from '@plugins/newsroom'
import { actorsActingNextFrom } from '@plugins/newsroom'

import { editorRoles } from '../access/roles'
import { hasRoleAnywhere } from '../access/siteRoles'
import type { User } from '../payload-types'

type Preset = { title: string; where: Where }

const PRESETS = 'payload-query-presets'

/**
 * The articles list's saved filters for one person. A preset's filter is stored data, not a
 * function of who looks, so each user gets their own, written with their id and the stages their
 * roles move on — the same rule as "Việc của tôi".
 */
export const articlePresetsFor = (payload: Payload, user: Pick<User, 'id' | 'roles'>): Preset[] => {
  const config = getNewsroomConfig(payload)
  const stages = config.stages.map((stage) => stage.value)
  const byRole = stages.filter((stage) =>
    actorsActingNextFrom(config, stage).some((actor) => user.roles?.includes(actor as never)),
  )
  const byAuthorship = stages.filter((stage) =>
    actorsActingNextFrom(config, stage).includes('author'),
  )
  const mine: Where = { [config.authorField]: { equals: user.id } }
  const returned: Where = { workflowStage: { equals: 'returned' } }
  return [
    {
      title: 'Chờ tôi xử lý',
      where: {
        or: [
          ...(byRole.length ? [{ and: [{ workflowStage: { in: byRole } }] }] : []),
          { and: [{ workflowAssignee: { equals: user.id } }] },
          { and: [mine, { workflowStage: { in: byAuthorship } }] },
        ],
      },
    },
    { title: 'Của tôi', where: { or: [{ and: [mine] }] } },
    {
      title: 'Trả lại',
      // Editors follow every returned article; a reporter their own.
      where: { or: [{ and: hasRoleAnywhere(user, editorRoles) ? [returned] : [returned, mine] }] },
    },
  ]
}

/**
 * Writes (or rewrites, when roles change) a user's saved article filters, visible to them only.
 * Presets a person made themselves are left alone: only these titles are replaced.
 */
export const saveArticlePresets = async (
  payload: Payload,
  user: User,
  req?: PayloadRequest,
): Promise<void> => {
  // The presets' own hooks make "only me" mean `req.user`: act as the person, in the caller's
  // transaction, without changing the caller's request (an admin creating the account).
  const asUser = req ? isolateObjectProperty(req, 'user') : undefined
  if (asUser) asUser.user = { ...user, collection: 'users' }
  const presets = articlePresetsFor(payload, user)
  await payload.delete({
    collection: PRESETS,
    where: {
      and: [
        { relatedCollection: { equals: 'articles' } },
        { 'access.read.users': { in: [user.id] } },
        { 'access.read.constraint': { equals: 'onlyMe' } },
        { title: { in: presets.map((preset) => preset.title) } },
      ],
    },
    req,
  })
  for (const preset of presets) {
    await payload.create({
      collection: PRESETS,
      data: {
        ...preset,
        relatedCollection: 'articles',
        isShared: false,
        access: Object.fromEntries(
          ['read', 'update', 'delete'].map((operation) => [
            operation,
            { constraint: 'onlyMe', users: [user.id] },
          ]),
        ),
      } as never,
      req: asUser,
      user: asUser ? undefined : { ...user, collection: 'users' },
    })
  }
}
