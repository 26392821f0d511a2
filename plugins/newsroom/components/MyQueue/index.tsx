'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { Label } from '../../types'
import { formatVietnamTime, pickLabel, StageBadge } from '../StageBadge'
import './index.scss'

type Queue = {
  items: {
    collection: string
    id: string | number
    title: string
    stage: string
    updatedAt: string
    isAssignedToMe: boolean
  }[]
  counts: { value: string; label: Label; color: string; count: number }[]
}

const baseClass = 'newsroom-queue'

const words = {
  vi: {
    title: 'Việc của tôi',
    counts: 'Số bài theo trạng thái',
    loading: 'Đang tải…',
    empty: 'Không có việc nào đang chờ bạn.',
    assigned: 'Được giao cho bạn',
    updated: 'Cập nhật',
    failed: (status: number) => `Không tải được danh sách việc (lỗi ${status}).`,
    network: 'Không kết nối được máy chủ.',
  },
  en: {
    title: 'My queue',
    counts: 'Documents per stage',
    loading: 'Loading…',
    empty: 'Nothing is waiting for you.',
    assigned: 'Assigned to you',
    updated: 'Updated',
    failed: (status: number) => `Could not load your queue (error ${status}).`,
    network: 'Could not reach the server.',
  },
}

/** The dashboard's "Việc của tôi": what waits for this user, and a count per stage. */
export const MyQueue = () => {
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language
  const text = language === 'en' ? words.en : words.vi
  const [queue, setQueue] = useState<Queue>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    const controller = new AbortController()
    fetch(`${api || '/api'}/newsroom/queue`, { credentials: 'include', cache: 'no-store', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) {
          let message = text.failed(response.status)
          try {
            const body = (await response.json()) as { errors?: { message?: string }[] }
            message = body.errors?.[0]?.message ?? message
          } catch {
            // keep the status message
          }
          setError(message)
          return
        }
        setQueue((await response.json()) as Queue)
        setError(undefined)
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) setError(reason instanceof Error ? text.network : String(reason))
      })
    return () => controller.abort()
  }, [api, text])

  const stageOf = (value: string) => queue?.counts.find((stage) => stage.value === value)

  return (
    <section aria-labelledby={`${baseClass}-title`} className={baseClass}>
      <h2 className={`${baseClass}__title`} id={`${baseClass}-title`}>
        {text.title}
      </h2>
      {error && (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      )}
      {!queue && !error && <p className={`${baseClass}__hint`}>{text.loading}</p>}
      {queue && (
        <>
          <ul aria-label={text.counts} className={`${baseClass}__counts`}>
            {queue.counts.map((stage) => (
              <li key={stage.value}>
                <StageBadge
                  color={stage.color}
                  count={stage.count}
                  label={pickLabel(stage.label, language, stage.value)}
                  size="small"
                  value={stage.value}
                />
              </li>
            ))}
          </ul>
          {queue.items.length === 0 ? (
            <p className={`${baseClass}__hint`}>{text.empty}</p>
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
                        label={pickLabel(stage?.label, language, item.stage)}
                        size="small"
                        value={item.stage}
                      />
                      {item.isAssignedToMe && <span className={`${baseClass}__assigned`}>{text.assigned}</span>}
                      {item.updatedAt && (
                        <time className={`${baseClass}__time`} dateTime={item.updatedAt}>
                          {text.updated} {formatVietnamTime(item.updatedAt)}
                        </time>
                      )}
                    </span>
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
