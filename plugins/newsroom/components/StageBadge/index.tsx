'use client'

import { getTranslation } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import type { CSSProperties } from 'react'

import type { Label } from '../../types'
import './index.scss'

export const FALLBACK_STAGE_COLOR = '#64748b'

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
    style={{ '--stage-color': color || FALLBACK_STAGE_COLOR } as CSSProperties}
  >
    <span className={`${baseClass}__label`}>{label}</span>
    {count !== undefined && <span className={`${baseClass}__count`}>{count}</span>}
  </span>
)

type SelectOption = string | { value: string; label?: Label | string }

/**
 * The list view's cell for the workflow stage: the stage's label (from the field's options) on
 * its colour (the plugin passes each configured stage's colour). Payload passes the stored value
 * as `cellData`.
 */
export const StageBadgeCell = ({
  cellData,
  field,
  stageColors,
  stageLabels,
}: DefaultCellComponentProps & {
  stageColors: Record<string, string>
  /** For a text field holding a stage (the history's from/to): the stages' labels. */
  stageLabels?: Record<string, Label>
}) => {
  const { i18n } = useTranslation()
  if (cellData === null || cellData === undefined || cellData === '') return null
  const value = String(cellData)
  const options = ((field as { options?: SelectOption[] } | undefined)?.options ??
    []) as SelectOption[]
  const option = options.find((candidate) =>
    typeof candidate === 'string' ? candidate === value : candidate.value === value,
  )
  const known = option && typeof option === 'object' ? option.label : stageLabels?.[value]
  const label = known ? getTranslation(known, i18n) : value
  return <StageBadge color={stageColors[value]} label={label} size="small" value={value} />
}
