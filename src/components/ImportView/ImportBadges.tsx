'use client'

import type { ReactNode } from 'react'

import { useAppTranslation } from '../useAppTranslation'

export const baseClass = 'import-legacy'

/** "Cần kiểm tra": what the reader was unsure of. */
export const CheckBadge = () => {
  const { t } = useAppTranslation()
  return <span className={`${baseClass}__check`}>{t('toasoan:check')}</span>
}

/** Whether saving creates the record or reuses one the database has. */
export const ActionBadge = ({ action }: { action: 'create' | 'reuse' }) => {
  const { t } = useAppTranslation()
  return action === 'create' ? (
    <span className={`${baseClass}__new`}>{t('toasoan:isNew')}</span>
  ) : (
    <span className={`${baseClass}__known`}>{t('toasoan:isKnown')}</span>
  )
}

export const Section = ({
  title,
  flagged,
  children,
}: {
  title: string
  flagged?: boolean
  children: ReactNode
}) => (
  <section className={`${baseClass}__section`}>
    <h3>
      {title} {flagged && <CheckBadge />}
    </h3>
    {children}
  </section>
)
