'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { defaultStages } from '../../defaults'
import type { Label } from '../../types'
import './index.scss'

/** The badge colour of the default stages; a stage of a custom configuration gets the fallback. */
export const stageColors: Record<string, string> = Object.fromEntries(
  defaultStages.map((stage) => [stage.value, stage.color]),
)

export const FALLBACK_STAGE_COLOR = '#64748b'

export type LabelLike = Label | Record<string, string> | string | null | undefined

/** A `{ vi, en }` label in the admin's language: English when it is English, Vietnamese otherwise. */
export const pickLabel = (label: LabelLike, language: string | undefined, fallback = ''): string => {
  if (!label) return fallback
  if (typeof label === 'string') return label
  const record = label as Record<string, string | undefined>
  const preferred = language === 'en' ? ['en', 'vi'] : ['vi', 'en']
  for (const key of preferred) {
    if (record[key]) return record[key]!
  }
  return Object.values(record).find((value) => typeof value === 'string' && value) ?? fallback
}

/** `dd/MM/yyyy HH:mm` in Vietnam's time. */
const vietnamTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export const formatVietnamTime = (instant: string | number | Date): string => {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(vietnamTime.formatToParts(date).map(({ type, value }) => [type, value]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}

const baseClass = 'newsroom-stage-badge'

/** A coloured pill naming a workflow stage. */
export const StageBadge = ({
  color,
  label,
  value,
  count,
  size = 'medium',
}: {
  color?: string | null
  label: string
  value?: string
  /** A number shown after the label, as on the dashboard's counts. */
  count?: number
  size?: 'medium' | 'small'
}) => (
  <span
    className={[baseClass, `${baseClass}--${size}`].join(' ')}
    data-stage={value}
    style={{ '--stage-color': color || (value && stageColors[value]) || FALLBACK_STAGE_COLOR } as CSSProperties}
  >
    <span className={`${baseClass}__label`}>{label}</span>
    {count !== undefined && <span className={`${baseClass}__count`}>{count}</span>}
  </span>
)

type SelectOption = string | { value: string; label?: LabelLike }

/**
 * The list view's cell for the workflow stage: the stage's label (from the field's options) on
 * its colour. Payload passes the stored value as `cellData`.
 */
export const StageBadgeCell = ({ cellData, field }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  if (cellData === null || cellData === undefined || cellData === '') return null
  const value = String(cellData)
  const options = ((field as { options?: SelectOption[] } | undefined)?.options ?? []) as SelectOption[]
  const option = options.find((candidate) =>
    typeof candidate === 'string' ? candidate === value : candidate.value === value,
  )
  const label =
    option && typeof option === 'object' ? pickLabel(option.label, i18n.language, value) : value
  return <StageBadge label={label} value={value} size="small" />
}
