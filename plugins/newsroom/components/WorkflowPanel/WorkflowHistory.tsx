'use client'

import { formatVietnamTime } from '../../utilities/vietnamTime'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
import { findPerson } from './findPerson'
import { personName } from './personName'
import { baseClass, type HistoryEvent, type PeopleFields, type Person } from './types'

/** The document's moves as a timeline, newest first: who, when, to whom, and the note. */
export const WorkflowHistory = ({
  events,
  users,
  people,
  stageName,
  colorOf,
}: {
  events: HistoryEvent[]
  users: Person[] | undefined
  people: PeopleFields
  stageName: (value: string) => string
  colorOf: (value: string) => string | undefined
}) => {
  const { t } = useNewsroomTranslation()
  const history = [...events].sort((a, b) => b.sequence - a.sequence)
  const actorName = (event: HistoryEvent) => {
    if (event.actorKind === 'system') return t('newsroom:system')
    if (event.actorKind === 'import') return t('newsroom:import')
    return personName(people, findPerson(users, event.actor), t('newsroom:unknownPerson'))
  }

  return (
    <>
      <h5 className={`${baseClass}__subtitle`}>{t('newsroom:history')}</h5>
      {history.length === 0 ? (
        <p className={`${baseClass}__hint`}>{t('newsroom:noHistory')}</p>
      ) : (
        <ol className={`${baseClass}__timeline`}>
          {history.map((event) => {
            const assigned = findPerson(users, event.assignee)
            return (
              <li className={`${baseClass}__event`} key={String(event.id)}>
                <span
                  aria-hidden
                  className={`${baseClass}__dot`}
                  style={{ background: colorOf(event.toStage) }}
                />
                <div className={`${baseClass}__move`}>
                  {stageName(event.fromStage)} → {stageName(event.toStage)}
                </div>
                <div className={`${baseClass}__meta`}>
                  <span>{actorName(event)}</span>
                  <span aria-hidden> · </span>
                  <time dateTime={event.createdAt}>{formatVietnamTime(event.createdAt)}</time>
                </div>
                {assigned && (
                  <div className={`${baseClass}__meta`}>
                    {t('newsroom:assignedOn')} {personName(people, assigned, String(assigned.id))}
                  </div>
                )}
                {event.note && (
                  <blockquote className={`${baseClass}__note`}>{event.note}</blockquote>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
