'use client'

import { getTranslation } from '@payloadcms/translations'
import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { Label } from '../../types'
import { formatVietnamTime } from '../../utilities/vietnamTime'
import { responseErrorMessage } from '../responseErrorMessage'
import { StageBadge } from '../StageBadge'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
import './index.scss'

type Queue = {
  items: {
    collection: string
    id: string | number
    title: string
    stage: string
    updatedAt: string
    isAssignedToMe: boolean
    lastNote?: string | null
  }[]
  listCollection?: string
  counts: { value: string; label: Label; color: string; count: number }[]
}

const baseClass = 'newsroom-queue'

/** The dashboard's "Việc của tôi": what waits for this user, and a count per stage. */
export const MyQueue = () => {
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const { i18n, t } = useNewsroomTranslation()
  const [queue, setQueue] = useState<Queue>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    const controller = new AbortController()
    fetch(`${api || '/api'}/newsroom/queue`, {
      credentials: 'include',
      cache: 'no-store',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) {
          setError(
            await responseErrorMessage(
              response,
              t('newsroom:queueFailed', { status: response.status }),
              i18n.language,
            ),
          )
          return
        }
        setQueue((await response.json()) as Queue)
        setError(undefined)
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted)
          setError(reason instanceof Error ? t('newsroom:network') : String(reason))
      })
    return () => controller.abort()
  }, [api, i18n.language, t])

  const stageOf = (value: string) => queue?.counts.find((stage) => stage.value === value)

  return (
    <section aria-labelledby={`${baseClass}-title`} className={baseClass}>
      <h2 className={`${baseClass}__title`} id={`${baseClass}-title`}>
        {t('newsroom:queueTitle')}
      </h2>
      {error && (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      )}
      {!queue && !error && <p className={`${baseClass}__hint`}>{t('newsroom:loading')}</p>}
      {queue && (
        <>
          <ul aria-label={t('newsroom:queueCounts')} className={`${baseClass}__counts`}>
            {queue.counts.map((stage) => (
              <li key={stage.value}>
                {queue.listCollection ? (
                  <Link
                    className={`${baseClass}__count-link`}
                    href={formatAdminURL({
                      adminRoute,
                      path: `/collections/${queue.listCollection}?where[workflowStage][equals]=${encodeURIComponent(stage.value)}`,
                    })}
                    prefetch={false}
                  >
                    <StageBadge
                      color={stage.color}
                      count={stage.count}
                      label={getTranslation(stage.label, i18n)}
                      size="small"
                      value={stage.value}
                    />
                  </Link>
                ) : (
                  <StageBadge
                    color={stage.color}
                    count={stage.count}
                    label={getTranslation(stage.label, i18n)}
                    size="small"
                    value={stage.value}
                  />
                )}
              </li>
            ))}
          </ul>
          {queue.items.length === 0 ? (
            <p className={`${baseClass}__hint`}>{t('newsroom:queueEmpty')}</p>
          ) : (
            <ul className={`${baseClass}__items`}>
              {queue.items.map((item) => {
                const stage = stageOf(item.stage)
                return (
                  <li className={`${baseClass}__item`} key={`${item.collection}-${item.id}`}>
                    <Link
                      className={`${baseClass}__link`}
                      href={formatAdminURL({
                        adminRoute,
                        path: `/collections/${item.collection}/${encodeURIComponent(String(item.id))}`,
                      })}
                      prefetch={false}
                    >
                      {item.title || String(item.id)}
                    </Link>
                    <span className={`${baseClass}__item-meta`}>
                      <StageBadge
                        color={stage?.color}
                        label={stage ? getTranslation(stage.label, i18n) : item.stage}
                        size="small"
                        value={item.stage}
                      />
                      {item.isAssignedToMe && (
                        <span className={`${baseClass}__assigned`}>
                          {t('newsroom:queueAssigned')}
                        </span>
                      )}
                      {item.updatedAt && (
                        <time className={`${baseClass}__time`} dateTime={item.updatedAt}>
                          {t('newsroom:queueUpdated')} {formatVietnamTime(item.updatedAt)}
                        </time>
                      )}
                    </span>
                    {item.lastNote && (
                      <p className={`${baseClass}__note`}>
                        {t('newsroom:queueNote')}: {item.lastNote}
                      </p>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
