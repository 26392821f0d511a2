import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/lib/idOf'
import { serverURL } from '@/lib/serverURL'
import type { Article, Site } from '@/payload-types'
import { paths } from '@/portal/components/paths'
import { slugs } from '@collections/slugs'

export type SourceCredit = {
  sourceSite: Site['id']
  sourceSiteName: string
  sourceByline: string | null
  sourceUrl: string
  sourceVersion: string | null
}

/** The source's address on its own site: its first host name, else this installation's address. */
const sourceUrlOf = (site: Site, slug: string): string => {
  const base = new URL(serverURL())
  const host = site.hosts?.[0]?.host
  return new URL(paths.article(slug), host ? `${base.protocol}//${host}` : base).href
}

/** The id of the source's latest published version: what a republication copies. */
export const latestPublishedVersion = async (
  payload: Payload,
  source: Article['id'],
  req?: PayloadRequest,
): Promise<string | null> => {
  const { docs } = await payload.findVersions({
    collection: slugs.articles,
    where: {
      and: [{ parent: { equals: source } }, { 'version._status': { equals: 'published' } }],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/** The credit a republication prints, snapshotted from the source as published now. */
export const sourceCredit = async ({
  payload,
  source,
  req,
}: {
  payload: Payload
  source: Article
  req?: PayloadRequest
}): Promise<SourceCredit> => {
  const site = await payload.findByID({
    collection: slugs.sites,
    id: idOf(source.site) as Site['id'],
    depth: 0,
    req,
  })
  return {
    sourceSite: site.id,
    sourceSiteName: site.name,
    sourceByline: source.bylineText ?? null,
    sourceUrl: sourceUrlOf(site, source.slug ?? String(source.id)),
    sourceVersion: await latestPublishedVersion(payload, source.id, req),
  }
}
