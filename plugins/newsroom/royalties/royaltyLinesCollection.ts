import type { CollectionConfig, CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedNewsroomConfig } from '../types'
import { assertMonthsOpen } from './closedMonths'
import { personKeysOfUser } from './personKeysOfUser'
import { royaltyAmount } from './royaltyAmount'
import { isRoyaltyManager, managesRoyalties } from './royaltyManagers'
import { idOf } from '../utilities/idOf'
import { refuse } from '../utilities/refuse'
import { vietnamMonth } from '../utilities/vietnamTime'
import { whereRolesAllow } from '../utilities/whereRolesAllow'
import { awaitsPublication } from '../workflow/stateMachine'

export const ROYALTY_LINES = 'royalty-lines'

type PolymorphicRef = { relationTo: string; value: unknown }

const keyOf = (ref: PolymorphicRef | null | undefined) =>
  ref && idOf(ref.value) ? `${ref.relationTo}:${idOf(ref.value)}` : undefined

/**
 * Royalty lines (nhuận bút): per article and payee, a genre and a coefficient within its range;
 * the amount is computed by the server. Recorded by the editor-in-chief once the article is
 * approved or published; locked when its month is closed. Payees see their own lines.
 */
export const royaltyLinesCollection = (config: SanitizedNewsroomConfig): CollectionConfig => {
  const { royalties } = config
  const serverOnly = { create: () => false, update: () => false }
  // The lines of the boards (sites) where the user chooses coefficients.
  const managed = ({ req }: { req: PayloadRequest }) =>
    whereRolesAllow(config, req, (roles) => managesRoyalties(config, roles))
  return {
    slug: ROYALTY_LINES,
    labels: {
      singular: { vi: 'Dòng nhuận bút', en: 'Royalty line' },
      plural: { vi: 'Dòng nhuận bút', en: 'Royalty lines' },
    },
    admin: {
      group: { vi: 'Nhuận bút', en: 'Royalties' },
      defaultColumns: ['document', 'payee', 'genre', 'coefficient', 'amount', 'month'],
    },
    access: {
      read: async ({ req }) => {
        const managedLines = managed({ req })
        if (managedLines === true) return true
        if (!req.user) return false
        const own: Where = { payeeKey: { in: await personKeysOfUser(config, req) } }
        return managedLines ? { or: [managedLines, own] } : own
      },
      // Which board: the hook checks the manager's roles on the line's article.
      create: ({ req }) => isRoyaltyManager(config, req),
      update: managed,
      delete: managed,
    },
    hooks: {
      beforeChange: [
        async ({ data, originalDoc, operation, req }) => {
          const line = { ...originalDoc, ...data }
          const documentRef = line.document as PolymorphicRef | undefined
          const documentId = idOf(documentRef?.value)
          const document = documentId
            ? ((await req.payload.findByID({
                collection: documentRef!.relationTo as CollectionSlug,
                id: documentId,
                depth: 0,
                req,
                overrideAccess: true,
                disableErrors: true,
              })) as Record<string, unknown> | null)
            : null
          if (!document) return refuse('Không tìm thấy bài (document not found).', 400)
          if (req.user && !isRoyaltyManager(config, req, document)) {
            refuse(
              'Bạn không ghi nhuận bút cho bài của đơn vị này (you manage no royalties for this document).',
              403,
            )
          }
          const scope = config.scopeField ? document[config.scopeField] : undefined
          const stage = String(document.workflowStage)
          if (stage !== config.publishedStage && !awaitsPublication(config, stage)) {
            refuse(
              'Chỉ ghi nhuận bút cho bài đã duyệt hoặc đã xuất bản (royalties are recorded once an article is approved or published).',
              409,
            )
          }
          const decision = royaltyAmount(royalties, String(line.genre), Number(line.coefficient))
          if ('error' in decision) return refuse(decision.error, 400)

          const publishAt = document[config.publishAtField]
          const date =
            typeof publishAt === 'string'
              ? publishAt
              : ((line.date as string) ?? new Date().toISOString())
          const month = vietnamMonth(date)
          await assertMonthsOpen({ config, req, months: [month, originalDoc?.month], scope })
          return {
            ...data,
            amount: decision.amount,
            date,
            month,
            documentId,
            payeeKey: keyOf(line.payee as PolymorphicRef),
            ...(config.scopeField ? { [config.scopeField]: scope } : {}),
            ...(operation === 'create' ? { recordedBy: req.user?.id ?? null } : {}),
          }
        },
      ],
      beforeDelete: [
        async ({ id, req }) => {
          const line = await req.payload.findByID({
            collection: ROYALTY_LINES as CollectionSlug,
            id,
            depth: 0,
            req,
            overrideAccess: true,
          })
          const { month } = line as unknown as { month?: string }
          const scope = config.scopeField
            ? (line as unknown as Record<string, unknown>)[config.scopeField]
            : undefined
          await assertMonthsOpen({ config, req, months: [month], scope })
        },
      ],
    },
    fields: [
      {
        name: 'document',
        type: 'relationship',
        relationTo: config.collections,
        required: true,
        label: { vi: 'Bài', en: 'Article' },
      },
      {
        name: 'payee',
        type: 'relationship',
        relationTo: [config.usersCollection, config.contributorsCollection],
        required: true,
        label: { vi: 'Người nhận', en: 'Payee' },
      },
      {
        name: 'genre',
        type: 'select',
        required: true,
        label: { vi: 'Thể loại', en: 'Genre' },
        options: royalties.genres.map((genre) => ({
          value: genre.value,
          label: {
            vi: `${genre.label.vi} (hệ số ${genre.min}–${genre.max})`,
            en: `${genre.label.en} (${genre.min}–${genre.max})`,
          },
        })),
      },
      {
        name: 'coefficient',
        type: 'number',
        required: true,
        label: { vi: 'Hệ số', en: 'Coefficient' },
      },
      {
        name: 'amount',
        type: 'number',
        access: serverOnly,
        label: { vi: `Thành tiền (${royalties.currency})`, en: `Amount (${royalties.currency})` },
        admin: {
          readOnly: true,
          description: {
            vi: `= hệ số × ${royalties.baseValue.toLocaleString('vi-VN')} ${royalties.currency}`,
            en: `= coefficient × ${royalties.baseValue} ${royalties.currency}`,
          },
        },
      },
      { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      {
        name: 'date',
        type: 'date',
        access: serverOnly,
        index: true,
        label: { vi: 'Ngày tính', en: 'Date' },
        admin: {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        },
      },
      {
        name: 'month',
        type: 'text',
        access: serverOnly,
        index: true,
        label: { vi: 'Tháng', en: 'Month' },
        admin: { readOnly: true },
      },
      {
        name: 'documentId',
        type: 'text',
        access: serverOnly,
        index: true,
        admin: { hidden: true },
      },
      { name: 'payeeKey', type: 'text', access: serverOnly, index: true, admin: { hidden: true } },
      {
        name: 'recordedBy',
        type: 'relationship',
        relationTo: config.usersCollection,
        access: serverOnly,
        label: { vi: 'Người ghi', en: 'Recorded by' },
        admin: { readOnly: true },
      },
    ],
  }
}
