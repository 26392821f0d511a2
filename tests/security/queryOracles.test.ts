import { describe, expect, it } from 'vitest'

import { call, gql, messageOf } from './client'

const refusedPath = async (path: string, named: string) => {
  const answer = await call(path)
  expect([path, answer.status]).toEqual([path, 400])
  expect(messageOf(answer)).toContain(named)
}

describe('filter and sort oracles for anonymous clients', () => {
  it('should refuse the live-session oracle through createdBy, whatever the probe', async () => {
    for (const probe of ['4', 'zzzz', '%', '']) {
      await refusedPath(
        `/api/articles?where[createdBy.sessions.id][like]=${probe}`,
        'createdBy.sessions.id',
      )
    }
    await refusedPath('/api/articles?where[createdBy.email][exists]=true', 'createdBy.email')
    await refusedPath('/api/articles?where[createdBy][equals]=x', 'createdBy')
  })

  it('should refuse every hop into accounts, stamps and the workflow', async () => {
    for (const [query, named] of [
      ['where[publishedBy.fullName][like]=a', 'publishedBy.fullName'],
      ['where[workflowAssignee.roles][in]=admin', 'workflowAssignee.roles'],
      ['where[workflowStage][equals]=published', 'workflowStage'],
      ['where[byline.person.value.email][exists]=true', 'byline.person.value.email'],
      ['where[importKey][exists]=true', 'importKey'],
      ['where[searchText][like]=bac', 'searchText'],
      ['where[or][0][title][like]=a&where[or][1][approvedAt][exists]=true', 'approvedAt'],
      ['where[and][0][or][0][submittedBy.email][like]=a', 'submittedBy.email'],
    ] as const) {
      await refusedPath(`/api/articles?${query}`, named)
    }
  })

  it('should refuse sorting on hidden fields and on hops through them, REST and GraphQL', async () => {
    for (const sort of [
      'createdBy.sessions.createdAt',
      '-createdBy.sessions.createdAt',
      'workflowSequence',
      'title,-editedAt',
    ]) {
      const answer = await call(`/api/articles?sort=${sort}`)
      expect([sort, answer.status]).toEqual([sort, 400])
    }
    const answer = await gql(
      '{ Articles(sort: "createdBy.sessions.createdAt") { docs { title } } }',
    )
    expect(answer.json.data?.Articles ?? null).toBeNull()
  })

  it('should refuse hops from public links into a linked collection’s hidden fields', async () => {
    await refusedPath(
      '/api/meetings?where[articles.workflowStage][equals]=draft',
      'articles.workflowStage',
    )
    await refusedPath(
      '/api/meetings?where[articles.createdBy.sessions.id][like]=1',
      'articles.createdBy',
    )
    await refusedPath('/api/media?where[creditPerson.value][exists]=true', 'creditPerson')
    await refusedPath('/api/contributors?where[contact.phone][like]=0', 'contact.phone')
    await refusedPath('/api/contributors?where[linkedUser.email][like]=a', 'linkedUser')
    await refusedPath(
      '/api/meetings?joins[articles][where][workflowStage][equals]=draft',
      'workflowStage',
    )
    await refusedPath('/api/meetings?joins[articles][sort]=createdBy', 'createdBy')
  })

  it('should answer public paths, hops through public links included', async () => {
    for (const query of [
      'where[category.slug][equals]=tin-tuc',
      'where[meeting.chair.fullName][like]=Bường',
      'where[byline.displayName][exists]=true',
      'sort=-publishedAt,title',
      'sort=category.name',
    ]) {
      const answer = await call(`/api/articles?${query}`)
      expect([query, answer.status]).toEqual([query, 200])
    }
  })

  it('should answer the same whether a hidden value matches or not: both refused', async () => {
    const hit = await call('/api/articles?where[workflowStage][equals]=published')
    const miss = await call('/api/articles?where[workflowStage][equals]=nonexistent')
    expect([hit.status, miss.status]).toEqual([400, 400])
    expect(hit.text.replace('published', '')).toBe(miss.text.replace('nonexistent', ''))
  })

  it('should let staff filter on the workflow, as the admin list does', async () => {
    for (const as of ['contributor', 'reporter', 'editor'] as const) {
      const answer = await call('/api/articles?where[workflowStage][equals]=published&limit=1', {
        as,
      })
      expect([as, answer.status]).toEqual([as, 200])
    }
  })

  it('should refuse a GraphQL where on a hidden field', async () => {
    const answer = await gql(
      '{ Articles(where: { workflowStage: { equals: published } }) { totalDocs } }',
    )
    expect(answer.json.data?.Articles ?? null).toBeNull()
    expect(JSON.stringify(answer.json.errors)).toMatch(/workflowStage/)
  })
})
