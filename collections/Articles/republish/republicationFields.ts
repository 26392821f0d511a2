import type { Field, FieldAccess } from 'payload'

import { slugs } from '@collections/slugs'

import { isRepublishWrite } from './republishContext'

const byRepublishingOnly: FieldAccess = ({ req }) => isRepublishWrite(req.context)
const serverWritten = { create: byRepublishingOnly, update: byRepublishingOnly }

/**
 * Đăng lại: what makes an article a republication of another site's article. The credit (the
 * source site's name, the original byline, the source's address) is a snapshot taken when the
 * article is republished and when an update is approved, so it stays right whatever later
 * happens to the source. Only the republishing code writes these fields.
 */
export const republicationField: Field = {
  name: 'republication',
  type: 'group',
  label: { vi: 'Đăng lại từ cổng khác', en: 'Republished from another site' },
  access: serverWritten,
  admin: {
    position: 'sidebar',
    condition: (data) => Boolean(data?.republication?.source),
  },
  fields: [
    {
      name: 'source',
      type: 'relationship',
      relationTo: slugs.articles,
      label: { vi: 'Bài gốc', en: 'Source article' },
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'sourceSite',
      type: 'relationship',
      relationTo: slugs.sites,
      label: { vi: 'Cổng nguồn', en: 'Source site' },
      admin: { readOnly: true },
    },
    {
      name: 'sourceSiteName',
      type: 'text',
      label: { vi: 'Tên cổng nguồn', en: 'Source site name' },
      admin: { readOnly: true },
    },
    {
      name: 'sourceByline',
      type: 'text',
      label: { vi: 'Tác giả bài gốc', en: 'Original byline' },
      admin: { readOnly: true },
    },
    {
      name: 'sourceUrl',
      type: 'text',
      label: { vi: 'Địa chỉ bài gốc', en: 'Source address' },
      admin: { readOnly: true },
    },
    {
      // The id of the source's published version this copy was made from (or last updated to).
      name: 'sourceVersion',
      type: 'text',
      label: { vi: 'Phiên bản bài gốc', en: 'Source version' },
      admin: { readOnly: true },
    },
    {
      // A correction the source published and this site has not yet approved: the proposed
      // content, applied only by the editor-in-chief's approval (README, "Republishing").
      name: 'pendingUpdate',
      type: 'json',
      label: { vi: 'Bản cập nhật chờ duyệt', en: 'Update awaiting approval' },
      // Shown first in the edit view by `pendingUpdateField`, not in the sidebar.
      admin: { hidden: true },
    },
  ],
}

/** Not data: the "Đăng lại" action, shown on a published article to the staff of other sites. */
const republishAction: Field = {
  name: 'republishAction',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/Republication/RepublishButton#RepublishButton' },
  },
}

export const republicationFields: Field[] = [republishAction, republicationField]

/** Not data: a waiting correction of the source beside the current text, first in the edit view. */
export const pendingUpdateField: Field = {
  name: 'republicationPendingUpdate',
  type: 'ui',
  admin: { components: { Field: '/components/Republication/PendingUpdate#PendingUpdate' } },
}
