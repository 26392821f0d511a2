import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Field } from 'payload'

import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { calendarEndpoints } from '@/calendar/calendarEndpoints'
import { slugField } from '@/fields/slugField'
import { idOf } from '@/lib/idOf'
import { portalDateTime } from '@/lib/portalDateTime'
import { mediaOfSiteOrParents } from '@/sites/mediaOfSiteOrParents'
import { defaultLanguage, siteLanguages } from '@/sites/siteLanguages'

import { slugs } from '../slugs'
import { canDeleteArticle } from './access/canDeleteArticle'
import { canUpdateArticle } from './access/canUpdateArticle'
import { previewUrl } from './admin/previewUrl'
import { readEndpoints } from './endpoints/readEndpoints'
import { translationFields } from './fields/translationFields'
import { checkTranslationLink } from './hooks/checkTranslationLink'
import { fillPublishedAt } from './hooks/fillPublishedAt'
import { fillSeoMeta } from './hooks/fillSeoMeta'
import { indexSearchText } from './hooks/indexSearchText'
import { publishedOnlyForPublic } from './hooks/publishedOnlyForPublic'
import { stampCreatedBy } from './hooks/stampCreatedBy'
import {
  findCopiesOfDeletedSource,
  followDeletedSource,
  followSource,
} from './republish/followSource'
import { refusePublishWithoutSource } from './republish/refusePublishWithoutSource'
import { pendingUpdateField, republicationFields } from './republish/republicationFields'
import { republishEndpoints } from './republish/republishEndpoints'
import { viewEndpoint } from './views/viewEndpoint'

const serverOnly = { create: () => false, update: () => false }

export const Articles: CollectionConfig<'articles'> = {
  slug: slugs.articles,
  labels: {
    singular: { vi: 'Tin bài', en: 'Article' },
    plural: { vi: 'Tin bài', en: 'Articles' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStage', 'category', 'languages', 'publishedAt', 'views'],
    group: { vi: 'Nội dung', en: 'Content' },
    preview: previewUrl,
  },
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: canUpdateArticle,
    delete: canDeleteArticle,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  // The list's bulk "Xuất bản" and "Ẩn tài liệu" set `_status`, which only a workflow move may
  // change: they reported success and published nothing, for a reporter as for an admin.
  disableBulkEdit: true,
  // Staff open the list to find work in progress: the last changed first, whatever its stage.
  // The portal's reads sort by publish time themselves.
  defaultSort: '-updatedAt',
  // Saved filters ("Chờ tôi xử lý", "Của tôi", "Trả lại"), written for each user (Users hooks).
  enableQueryPresets: true,
  // The portal's hot queries: a category's latest (with its count), a day's articles, the
  // published list. `_status` is in both because anonymous reads filter on it: on SQLite the
  // body is stored before it in each row, so a filter the index does not cover reads every
  // candidate article's whole body (a category's count took 170 ms at 46,000 articles, 1 ms
  // with the covering index).
  indexes: [
    // An article's address is unique within its site.
    { fields: ['site', 'slug'], unique: true },
    { fields: ['category', '_status', 'publishedAt'] },
    { fields: ['_status', 'publishedAt'] },
  ],
  endpoints: [...readEndpoints, viewEndpoint, ...calendarEndpoints, ...republishEndpoints],
  hooks: {
    beforeOperation: [publishedOnlyForPublic],
    beforeChange: [
      refusePublishWithoutSource,
      stampCreatedBy,
      checkTranslationLink,
      fillPublishedAt,
      indexSearchText,
      fillSeoMeta,
    ],
    // Republications follow their source's corrections and takedowns (README, "Republishing").
    afterChange: [followSource],
    beforeDelete: [findCopiesOfDeletedSource],
    afterDelete: [followDeletedSource],
  },
  fields: [
    pendingUpdateField,
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      required: true,
    },
    {
      name: 'lead',
      type: 'textarea',
      label: { vi: 'Sapo (tóm tắt)', en: 'Lead' },
    },
    {
      name: 'body',
      type: 'richText',
      label: { vi: 'Nội dung', en: 'Body' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
          // Each photo or audio clip in the body has its own caption and credit, as printed under it.
          UploadFeature({
            collections: {
              [slugs.media]: {
                fields: [
                  { name: 'caption', type: 'textarea', label: { vi: 'Chú thích', en: 'Caption' } },
                  { name: 'credit', type: 'text', label: { vi: 'Ảnh / nguồn', en: 'Credit' } },
                ],
              },
            },
          }),
        ],
      }),
    },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: slugs.media,
      label: { vi: 'Ảnh đại diện', en: 'Featured image' },
      filterOptions: mediaOfSiteOrParents({ mimeType: { contains: 'image/' } }),
    },
    {
      name: 'audio',
      type: 'upload',
      relationTo: slugs.media,
      label: { vi: 'Bản audio', en: 'Audio' },
      filterOptions: mediaOfSiteOrParents({ mimeType: { contains: 'audio/' } }),
    },
    slugField({ from: 'title', uniqueWithin: 'site' }),
    {
      // The language the article is written in: each language's version is its own article,
      // with its own workflow (README, "Languages").
      name: 'language',
      type: 'select',
      label: { vi: 'Ngôn ngữ', en: 'Language' },
      // Not `required`: written without one, an article is in the default language.
      defaultValue: defaultLanguage,
      index: true,
      options: siteLanguages.map((language) => ({ value: language.code, label: language.label })),
      admin: { position: 'sidebar' },
    },
    ...translationFields,
    {
      name: 'publishedAt',
      type: 'date',
      label: { vi: 'Thời gian xuất bản', en: 'Published at' },
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    {
      name: 'publishedAtDisplay',
      type: 'text',
      label: { vi: 'Thời gian hiển thị', en: 'Display date' },
      virtual: true,
      admin: { hidden: true, disableListFilter: true },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            siblingData.publishedAt
              ? portalDateTime(siblingData.publishedAt, siblingData.language ?? defaultLanguage)
              : null,
        ],
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: slugs.categories,
      label: { vi: 'Chuyên mục', en: 'Category' },
      index: true,
      // One of the article's own site: offered in the picker and checked on save.
      filterOptions: ({ data }) => (data?.site ? { site: { equals: idOf(data.site) } } : true),
      admin: { position: 'sidebar' },
    },
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: slugs.meetings,
      label: { vi: 'Cuộc họp được đưa tin', en: 'Meeting reported on' },
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'officials',
      type: 'relationship',
      relationTo: slugs.officials,
      hasMany: true,
      label: { vi: 'Cán bộ được nhắc đến', en: 'Officials mentioned' },
      index: true,
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: { vi: 'Đơn vị được nhắc đến', en: 'Units mentioned' },
      index: true,
    },
    {
      name: 'views',
      type: 'number',
      label: { vi: 'Lượt xem', en: 'Views' },
      defaultValue: 0,
      min: 0,
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Folded copies for accent-insensitive search; the server writes them on every save.
      name: 'searchTitle',
      type: 'text',
      index: true,
      access: { read: () => false, ...serverOnly },
      // Internal: not offered as a list filter or column.
      admin: { hidden: true, disableListFilter: true },
    },
    {
      name: 'searchText',
      type: 'textarea',
      access: { read: () => false, ...serverOnly },
      admin: { hidden: true, disableListFilter: true },
    },
    // The rest of what search reads (src/lib/articleSearchFields.ts): the lead alone, the exact
    // accented text beside the folded one, and the text language MongoDB's text index stems by.
    ...['searchLead', 'searchTitleExact', 'searchLeadExact', 'searchTextExact'].map(
      (name): Field => ({
        name,
        type: 'textarea',
        access: { read: () => false, ...serverOnly },
        admin: { hidden: true, disableListFilter: true },
      }),
    ),
    {
      name: 'searchLanguage',
      type: 'select',
      options: ['none', 'english'],
      access: { read: () => false, ...serverOnly },
      admin: { hidden: true, disableListFilter: true },
    },
    {
      // A fingerprint of the legacy text an import made this article from: importing the same
      // file again finds it and changes nothing.
      name: 'importKey',
      type: 'text',
      index: true,
      access: serverOnly,
      admin: { hidden: true, disableListFilter: true },
    },
    ...republicationFields,
    {
      // Not data: the staff's comment thread (collections/EditorialComments), shown last.
      name: 'editorialThread',
      type: 'ui',
      admin: { components: { Field: '/components/EditorialThread#EditorialThread' } },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: { vi: 'Người tạo', en: 'Created by' },
      index: true,
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
