import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { slugField } from '@/fields/slugField'
import { meetingKinds } from '@/options/meetingKinds'
import { partsOfDay } from '@/options/partsOfDay'

import { slugs } from '../slugs'
import { meetingsOfEndpoints } from './endpoints/meetingsOfEndpoints'
import { fillDisplayTitle } from './hooks/fillDisplayTitle'
import { fillPartOfDay } from './hooks/fillPartOfDay'
import { snapshotChairTitle } from './hooks/snapshotChairTitle'

export const Meetings: CollectionConfig<'meetings'> = {
  slug: slugs.meetings,
  labels: {
    singular: { vi: 'Cuộc họp, hội nghị', en: 'Meeting' },
    plural: { vi: 'Cuộc họp, hội nghị', en: 'Meetings' },
  },
  admin: {
    useAsTitle: 'displayTitle',
    defaultColumns: ['displayTitle', 'kind', 'chair'],
    listSearchableFields: ['title', 'displayTitle'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  defaultSort: '-startsAt',
  endpoints: meetingsOfEndpoints,
  hooks: {
    beforeChange: [fillPartOfDay, snapshotChairTitle, fillDisplayTitle],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên cuộc họp', en: 'Title' },
      required: true,
    },
    {
      name: 'displayTitle',
      type: 'text',
      label: { vi: 'Cuộc họp', en: 'Meeting' },
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        disableListFilter: true,
        // A column and the title, never a form field: the form edits its parts.
        condition: () => false,
      },
    },
    slugField({ from: 'title' }),
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại', en: 'Kind' },
      required: true,
      defaultValue: 'other',
      index: true,
      options: meetingKinds,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: { vi: 'Thời gian bắt đầu', en: 'Starts at' },
          index: true,
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
            description: {
              vi: 'Chưa rõ giờ: để 00:00 và chọn buổi; khi đó chỉ ghi ngày và buổi.',
              en: 'Hour unknown: leave 00:00 and pick the part of day; then only the day and part of day are shown.',
            },
            components: {
              afterInput: ['/components/MeetingWhen/MeetingWhenDescription#MeetingWhenDescription'],
            },
          },
        },
        {
          name: 'partOfDay',
          type: 'select',
          label: { vi: 'Buổi', en: 'Part of day' },
          admin: {
            description: {
              vi: 'Để trống thì lấy theo giờ bắt đầu.',
              en: 'Taken from the start time when empty.',
            },
          },
          options: partsOfDay,
        },
      ],
    },
    {
      name: 'place',
      type: 'text',
      label: { vi: 'Địa điểm', en: 'Place' },
    },
    {
      name: 'hostUnits',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: { vi: 'Đơn vị tổ chức', en: 'Host units' },
      index: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'chair',
          type: 'relationship',
          relationTo: slugs.officials,
          label: { vi: 'Chủ trì', en: 'Chair' },
          index: true,
        },
        {
          name: 'chairTitle',
          type: 'text',
          label: { vi: 'Chức danh người chủ trì (tại ngày họp)', en: "Chair's title on the day" },
          admin: {
            description: {
              vi: 'Tự lấy từ chức vụ của cán bộ tại ngày họp; có thể sửa.',
              en: "Taken from the official's positions on the meeting day; may be edited.",
            },
          },
        },
      ],
    },
    {
      name: 'attendingOfficials',
      type: 'relationship',
      relationTo: slugs.officials,
      hasMany: true,
      label: { vi: 'Cán bộ dự họp', en: 'Attending officials' },
      index: true,
    },
    {
      name: 'attendingUnits',
      type: 'relationship',
      relationTo: slugs.units,
      hasMany: true,
      label: { vi: 'Đơn vị dự họp', en: 'Attending units' },
      index: true,
    },
    {
      name: 'conclusions',
      type: 'richText',
      label: { vi: 'Kết luận', en: 'Conclusions' },
    },
    {
      name: 'articles',
      type: 'join',
      collection: slugs.articles,
      on: 'meeting',
      label: { vi: 'Tin bài đưa tin', en: 'Articles reporting on it' },
      defaultSort: '-publishedAt',
    },
  ],
}
