'use client'

import { Button, toast, useAuth, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type DragEvent } from 'react'

import { addDays, calendarRange, instantAt, slotOf } from '@/calendar/calendarGrid'
import type { CalendarItem } from '@/calendar/calendarItems'
import { vietnamDay } from '@/lib/vietnamTime'
import type { User } from '@/payload-types'
import type { AppTranslationKey, AppTranslations } from '@/translations'

type View = 'week' | 'month'

const HOURS = Array.from({ length: 24 }, (_, hour) => hour)
const WEEKDAYS = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}
/** An unscheduled article dropped on a day of the month view goes out in the morning. */
const DEFAULT_HOUR = 8

const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`
const hhmm = (instant: string) => {
  const { hour, minute } = slotOf(instant)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** The calendar's articles between two instants; a refusal's message as the error. */
const fetchItems = async (from: string, to: string): Promise<CalendarItem[]> => {
  const query = new URLSearchParams({ from, to })
  const response = await fetch(`/api/articles/calendar?${query}`, { credentials: 'include' })
  const body = (await response.json()) as { items?: CalendarItem[]; errors?: { message: string }[] }
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status))
  return body.items ?? []
}

/**
 * The publishing calendar: approved and published articles by day and hour (Vietnam's time), a
 * week or a month at a time. Approved articles can be dragged to another slot; the server applies
 * the workflow's rules (only the editor-in-chief, never into the past) and says why it refuses.
 */
export const CalendarClient = () => {
  const { t, i18n } = useTranslation<AppTranslations, AppTranslationKey>()
  const { user } = useAuth<User>()
  const [view, setView] = useState<View>('week')
  const [anchor, setAnchor] = useState(() => vietnamDay(new Date()))
  const [items, setItems] = useState<CalendarItem[]>([])
  const range = calendarRange(view, anchor)
  const canMove = Boolean(user?.roles?.some((role) => role === 'editorInChief' || role === 'admin'))

  const load = useCallback(
    () =>
      fetchItems(range.from, range.to).then(setItems, (error: Error) => toast.error(error.message)),
    [range.from, range.to],
  )

  useEffect(() => {
    void load()
  }, [load])

  const move = async (id: string, publishAt: string) => {
    const response = await fetch(`/api/articles/${id}/reschedule`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ publishAt }),
    })
    const body = (await response.json()) as { errors?: { message: string }[] }
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? String(response.status))
      return
    }
    const title = items.find((item) => item.id === id)?.title ?? id
    const { day } = slotOf(publishAt)
    toast.success(t('toasoan:rescheduled', { title, when: `${dayLabel(day)} ${hhmm(publishAt)}` }))
    await load()
  }

  const onDrop = (day: string, hour?: number) => (event: DragEvent) => {
    event.preventDefault()
    const id = event.dataTransfer.getData('text/plain')
    const item = items.find((candidate) => candidate.id === id)
    if (!item) return
    const was = item.publishAt ? slotOf(item.publishAt) : undefined
    void move(id, instantAt(day, hour ?? was?.hour ?? DEFAULT_HOUR, was?.minute ?? 0))
  }

  const card = (item: CalendarItem) => {
    const isMovable = canMove && item.stage === 'approved'
    return (
      <a
        key={item.id}
        href={`/admin/collections/articles/${item.id}`}
        className={`calendar__item calendar__item--${item.stage}`}
        draggable={isMovable}
        data-id={item.id}
        title={item.stage === 'approved' ? t('toasoan:approved') : t('toasoan:published')}
        onDragStart={(event) => event.dataTransfer.setData('text/plain', item.id)}
      >
        {item.publishAt && <span className="calendar__time">{hhmm(item.publishAt)}</span>}{' '}
        {item.title}
      </a>
    )
  }

  const scheduled = items.filter((item) => item.publishAt)
  const at = (day: string, hour?: number) =>
    scheduled.filter((item) => {
      const slot = slotOf(item.publishAt!)
      return slot.day === day && (hour === undefined || slot.hour === hour)
    })
  const allowDrop = (event: DragEvent) => event.preventDefault()
  const weekdays = WEEKDAYS[i18n.language === 'en' ? 'en' : 'vi']
  const today = vietnamDay(new Date())
  const step = (direction: 1 | -1) =>
    setAnchor(
      view === 'week'
        ? addDays(anchor, 7 * direction)
        : addDays(`${anchor.slice(0, 7)}-15`, 30 * direction),
    )

  return (
    <div className={`calendar calendar--${view}`}>
      <p>{t('toasoan:calendarIntro')}</p>
      <div className="calendar__controls">
        <Button buttonStyle="secondary" size="small" onClick={() => step(-1)}>
          {t('toasoan:previous')}
        </Button>
        <Button buttonStyle="secondary" size="small" onClick={() => setAnchor(today)}>
          {t('toasoan:today')}
        </Button>
        <Button buttonStyle="secondary" size="small" onClick={() => step(1)}>
          {t('toasoan:next')}
        </Button>
        <span className="calendar__range">
          {dayLabel(range.days[0])} – {dayLabel(range.days.at(-1)!)}/
          {range.days.at(-1)!.slice(0, 4)}
        </span>
        <Button
          buttonStyle={view === 'week' ? 'primary' : 'secondary'}
          size="small"
          onClick={() => setView('week')}
        >
          {t('toasoan:week')}
        </Button>
        <Button
          buttonStyle={view === 'month' ? 'primary' : 'secondary'}
          size="small"
          onClick={() => setView('month')}
        >
          {t('toasoan:month')}
        </Button>
      </div>

      {view === 'week' ? (
        <table className="calendar__week">
          <thead>
            <tr>
              <th />
              {range.days.map((day, index) => (
                <th key={day} className={day === today ? 'calendar__today' : undefined}>
                  {weekdays[index]} {dayLabel(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HOURS.map((hour) => (
              <tr key={hour}>
                <th>{String(hour).padStart(2, '0')}:00</th>
                {range.days.map((day) => (
                  <td
                    key={day}
                    data-slot={`${day}T${String(hour).padStart(2, '0')}`}
                    onDragOver={allowDrop}
                    onDrop={onDrop(day, hour)}
                  >
                    {at(day, hour).map(card)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="calendar__month">
          {weekdays.map((weekday) => (
            <div key={weekday} className="calendar__weekday">
              {weekday}
            </div>
          ))}
          {range.days.map((day) => (
            <div
              key={day}
              className={`calendar__day${day === today ? ' calendar__today' : ''}${day.slice(0, 7) === anchor.slice(0, 7) ? '' : ' calendar__day--other'}`}
              data-day={day}
              onDragOver={allowDrop}
              onDrop={onDrop(day)}
            >
              <div className="calendar__date">{dayLabel(day)}</div>
              {at(day).map(card)}
            </div>
          ))}
        </div>
      )}

      <h2 className="calendar__unscheduled-title">{t('toasoan:unscheduled')}</h2>
      <div className="calendar__unscheduled">
        {items.filter((item) => !item.publishAt).map(card)}
      </div>
      {!items.length && <p>{t('toasoan:noArticles')}</p>}
    </div>
  )
}
