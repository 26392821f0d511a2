import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'

import { slugs } from '../slugs'
import { isAuthorOrAdmin } from './access/isAuthorOrAdmin'
import { notifyMentions } from './hooks/notifyMentions'
import { siteOfArticle } from './hooks/siteOfArticle'
import { stampAuthor } from './hooks/stampAuthor'
import { EDITORIAL_COMMENTS } from './slug'

/**
 * Bình luận biên tập: notes between staff on an article, shown as a thread in its edit view.
 * Staff only, over every API; kept when the article changes, as part of its history.
 */
export const EditorialComments: CollectionConfig = {
  slug: EDITORIAL_COMMENTS,
  labels: {
    singular: { vi: 'Bình luận biên tập', en: 'Editorial comment' },
    plural: { vi: 'Bình luận biên tập', en: 'Editorial comments' },
  },
  admin: {
    // Read and written in the article's edit view.
    hidden: true,
    useAsTitle: 'text',
    defaultColumns: ['article', 'author', 'text', 'createdAt'],
  },
  access: {
    read: isStaff,
    create: isStaff,
    update: isAuthorOrAdmin,
    delete: isAuthorOrAdmin,
  },
  defaultSort: 'createdAt',
  hooks: {
    beforeChange: [stampAuthor, siteOfArticle],
    afterChange: [notifyMentions],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: slugs.articles,
      label: { vi: 'Tin bài', en: 'Article' },
      required: true,
      index: true,
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người viết', en: 'Author' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { vi: 'Nội dung', en: 'Text' },
      required: true,
      maxLength: 5000,
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      label: { vi: 'Nhắc đến', en: 'Mentions' },
    },
  ],
}
