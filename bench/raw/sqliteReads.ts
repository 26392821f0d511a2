import { createClient, type InValue, type Row } from '@libsql/client'

import { incrementViews } from '@/database/sqlite/incrementViews'
import { searchPage } from '@/database/sqlite/searchPage'
import { portalDateTime } from '@/lib/portalDateTime'
import { parseSearchQuery } from '@/lib/searchQuery'
import { vietnamDayRange } from '@/lib/vietnamTime'
import type { BylineRole } from '@plugins/newsroom'
import { formatByline } from '@plugins/newsroom'
import { printedCaption, printedCredit } from '@plugins/newsroom'

/**
 * The portal's reads as hand-written SQL over the same SQLite file, building the same JSON the
 * app's REST endpoints return: the floor the app is measured against.
 */
export const sqliteReads = (url: string) => {
  const db = createClient({ url })
  // As the app's adapter: wait for the writer instead of failing with SQLITE_BUSY.
  const ready = db.execute('PRAGMA busy_timeout = 5000')
  const all = async (sql: string, args: InValue[] = []) => {
    await ready
    return (await db.execute({ sql, args })).rows
  }
  const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

  const mediaSizes = ['thumbnail', 'card', 'large'] as const
  const mediaJson = (row: Row) => ({
    id: row.id,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    url: `/api/media/file/${row.filename}`,
    filename: row.filename,
    mimeType: row.mime_type,
    width: row.width,
    height: row.height,
    sizes: Object.fromEntries(
      mediaSizes.map((size) => [
        size,
        {
          url: row[`sizes_${size}_filename`]
            ? `/api/media/file/${row[`sizes_${size}_filename`]}`
            : null,
          width: row[`sizes_${size}_width`],
          height: row[`sizes_${size}_height`],
          mimeType: row[`sizes_${size}_mime_type`],
          filesize: row[`sizes_${size}_filesize`],
          filename: row[`sizes_${size}_filename`],
        },
      ]),
    ),
    // The plugin's own printing, from the stored columns its hooks read.
    creditText: printedCredit({ credit: row.credit, mimeType: row.mime_type }),
    captionText: printedCaption({
      caption: row.caption,
      credit: row.credit,
      mimeType: row.mime_type,
    }),
  })
  /** Linked records by id, one query per table, as Payload's population batches them. */
  const byIds = async (table: string, ids: unknown[], toJson: (row: Row) => unknown) => {
    const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string'))]
    if (!unique.length) return new Map<string, unknown>()
    const rows = await all(
      `SELECT * FROM ${table} WHERE id IN (${placeholders(unique.length)})`,
      unique,
    )
    return new Map(rows.map((row) => [String(row.id), toJson(row)]))
  }
  const categoryJson = (row: Row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    parent: row.parent_id,
  })

  /** List items (no body) for the given article rows, in their order. */
  const listItems = async (rows: Row[]) => {
    const ids = rows.map((row) => row.id as string)
    const [bylines, categories, media] = await Promise.all([
      ids.length
        ? all(
            `SELECT _parent_id, id, role, display_name FROM articles_byline WHERE _parent_id IN (${placeholders(ids.length)}) ORDER BY _order`,
            ids,
          )
        : [],
      byIds(
        'categories',
        rows.map((row) => row.category_id),
        categoryJson,
      ),
      byIds(
        'media',
        rows.map((row) => row.featured_image_id),
        mediaJson,
      ),
    ])
    return rows.map((row) => {
      const byline = bylines
        .filter((entry) => entry._parent_id === row.id)
        .map((entry) => ({ id: entry.id, role: entry.role, displayName: entry.display_name }))
      return {
        id: row.id,
        title: row.title,
        lead: row.lead,
        featuredImage: row.featured_image_id
          ? (media.get(String(row.featured_image_id)) ?? null)
          : null,
        slug: row.slug,
        publishedAt: row.published_at,
        category: row.category_id ? (categories.get(String(row.category_id)) ?? null) : null,
        views: row.views,
        byline,
        publishedAtDisplay: row.published_at ? portalDateTime(String(row.published_at)) : null,
        bylineText: formatByline(
          byline.map((entry) => ({
            name: String(entry.displayName ?? ''),
            role: (entry.role ?? 'text') as BylineRole,
          })),
        ),
      }
    })
  }

  /** Payload's pagination envelope around one page of list items. */
  const paginated = async (where: string, args: InValue[], page: number, limit: number) => {
    // The page's rowids first, from the indexes alone: each article's row is read only when it
    // is on the page (its filtered columns come after the body, which an unindexed read crosses).
    const [pageRows, [count]] = await Promise.all([
      all(`SELECT rowid FROM articles WHERE ${where} ORDER BY published_at DESC LIMIT ? OFFSET ?`, [
        ...args,
        limit,
        (page - 1) * limit,
      ]),
      all(`SELECT count(*) AS total FROM articles WHERE ${where}`, args),
    ])
    const rowids = pageRows.map((row) => Number(row.rowid))
    const rows = rowids.length
      ? await all(
          `SELECT id, title, lead, featured_image_id, slug, published_at, category_id, views FROM articles WHERE rowid IN (${placeholders(rowids.length)}) ORDER BY published_at DESC`,
          rowids,
        )
      : []
    const totalDocs = Number(count?.total ?? 0)
    const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
    return {
      docs: await listItems(rows),
      hasNextPage: page < totalPages,
      hasPrevPage: page > 1,
      limit,
      nextPage: page < totalPages ? page + 1 : null,
      page,
      pagingCounter: (page - 1) * limit + 1,
      prevPage: page > 1 ? page - 1 : null,
      totalDocs,
      totalPages,
    }
  }

  const latest = async (categorySlug: string, page: number, limit: number) => {
    const [root] = await all('SELECT id FROM categories WHERE slug = ?', [categorySlug])
    if (!root) return null
    const ids = [String(root.id)]
    for (let frontier = ids.slice(); frontier.length;) {
      const children = await all(
        `SELECT id FROM categories WHERE parent_id IN (${placeholders(frontier.length)})`,
        frontier,
      )
      frontier = children.map((row) => String(row.id)).filter((id) => !ids.includes(id))
      ids.push(...frontier)
    }
    return paginated(
      `_status = 'published' AND category_id IN (${placeholders(ids.length)})`,
      ids,
      page,
      limit,
    )
  }

  const byDay = (day: string, page: number, limit: number) => {
    const { start, end } = vietnamDayRange(day)
    return paginated(
      `_status = 'published' AND published_at >= ? AND published_at < ?`,
      [start, end],
      page,
      limit,
    )
  }

  /** Upload nodes in a Lexical body carry the media document in place of its id. */
  const withBodyMedia = async (body: string | null) => {
    if (!body) return null
    const document = JSON.parse(body)
    const uploads: { value?: unknown }[] = []
    const walk = (node: { type?: string; value?: unknown; children?: unknown[] }) => {
      if (node.type === 'upload') uploads.push(node)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    walk(document.root)
    const media = await byIds(
      'media',
      uploads.map((node) => node.value),
      mediaJson,
    )
    for (const node of uploads) node.value = media.get(String(node.value)) ?? node.value
    return document
  }

  const bySlug = async (slug: string, related: number) => {
    const [row] = await all(`SELECT * FROM articles WHERE slug = ? AND _status = 'published'`, [
      slug,
    ])
    if (!row) return null
    const [[item], body, audio, meetings, rels, relatedRows] = await Promise.all([
      listItems([row]),
      withBodyMedia(row.body as string | null),
      byIds('media', [row.audio_id], mediaJson),
      byIds('meetings', [row.meeting_id], (meeting) => ({
        id: meeting.id,
        title: meeting.title,
        slug: meeting.slug,
        kind: meeting.kind,
        startsAt: meeting.starts_at,
        partOfDay: meeting.part_of_day,
        place: meeting.place,
        chairTitle: meeting.chair_title,
      })),
      all(
        `SELECT path, officials_id, units_id FROM articles_rels WHERE parent_id = ? ORDER BY "order"`,
        [row.id],
      ),
      all(
        `SELECT id, title, lead, featured_image_id, slug, published_at, category_id, views FROM articles WHERE _status = 'published' AND category_id = ? AND id != ? ORDER BY published_at DESC LIMIT ?`,
        [row.category_id, row.id, related],
      ),
    ])
    const officialIds = rels
      .filter((rel) => rel.path === 'officials')
      .map((rel) => rel.officials_id)
    const unitIds = rels.filter((rel) => rel.path === 'units').map((rel) => rel.units_id)
    const [officials, units] = await Promise.all([
      byIds('officials', officialIds, (official) => ({
        id: official.id,
        fullName: official.full_name,
        slug: official.slug,
      })),
      byIds('units', unitIds, (unit) => ({
        id: unit.id,
        name: unit.name,
        shortName: unit.short_name,
        slug: unit.slug,
      })),
    ])
    return {
      article: {
        ...item,
        body,
        audio: row.audio_id ? (audio.get(String(row.audio_id)) ?? null) : null,
        meeting: row.meeting_id ? (meetings.get(String(row.meeting_id)) ?? null) : null,
        officials: officialIds.map((id) => officials.get(String(id))),
        units: unitIds.map((id) => units.get(String(id))),
      },
      related: await listItems(relatedRows),
    }
  }

  /** The app's own single statement: the database counts. */
  const countView = async (id: string) => {
    await ready
    const views = await incrementViews(db, id)
    return views === null ? null : { id, views }
  }

  /** The app's own search query over its FTS5 index of published articles. */
  const search = async (q: string, page: number, limit: number) => {
    await ready
    const { ids: pageIds, totalDocs } = await searchPage(db, {
      query: parseSearchQuery(q, 'vi'),
      filter: { language: 'vi' },
      offset: (page - 1) * limit,
      limit,
    })
    const rows = pageIds.length
      ? await all(
          `SELECT id, title, lead, featured_image_id, slug, published_at, category_id, views FROM articles WHERE id IN (${placeholders(pageIds.length)})`,
          pageIds,
        )
      : []
    const byId = new Map(rows.map((row) => [String(row.id), row]))
    return {
      docs: await listItems(pageIds.map((id) => byId.get(id)).filter((row): row is Row => !!row)),
      totalDocs,
      page,
      limit,
    }
  }

  return { latest, byDay, bySlug, search, countView, close: () => db.close() }
}
