'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'

import { StageBadge } from '../StageBadge'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
import { findPerson } from './findPerson'
import { personName } from './personName'
import { TransitionForm } from './TransitionForm'
import { baseClass, type PeopleFields } from './types'
import { usePeople } from './usePeople'
import { useWorkflowState } from './useWorkflowState'
import { WorkflowHistory } from './WorkflowHistory'
import './index.scss'

export type { PeopleFields } from './types'

/**
 * The article's workflow in the edit view's sidebar: its stage, the moves this user may make now
 * (with a note and an assignee), and the history as a timeline, newest first.
 */
export const WorkflowPanel = ({ people }: { people: PeopleFields }) => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { i18n, t } = useNewsroomTranslation()
  const apiRoute = api || '/api'
  const documentURL = id && collectionSlug ? `${apiRoute}/${collectionSlug}/${id}` : undefined
  const { state, loadError, load } = useWorkflowState(documentURL && `${documentURL}/workflow`)
  const users = usePeople({ apiRoute, people, isEnabled: Boolean(documentURL) })

  if (!documentURL) {
    return (
      <section aria-label={t('newsroom:workflowTitle')} className={baseClass}>
        <h4 className={`${baseClass}__title`}>{t('newsroom:workflowTitle')}</h4>
        <p className={`${baseClass}__hint`}>{t('newsroom:saveFirst')}</p>
      </section>
    )
  }

  const stageOf = (value: string) => state?.stages.find((stage) => stage.value === value)
  const stageName = (value: string) => {
    const stage = stageOf(value)
    return stage ? getTranslation(stage.label, i18n) : value
  }
  const colorOf = (value: string) => stageOf(value)?.color
  const currentAssignee = findPerson(users, state?.assignee)

  return (
    <section
      aria-label={t('newsroom:workflowTitle')}
      className={baseClass}
      data-stage={state?.stage.value}
    >
      <h4 className={`${baseClass}__title`}>{t('newsroom:workflowTitle')}</h4>

      {loadError && (
        <p className={`${baseClass}__message ${baseClass}__message--error`} role="alert">
          {loadError}
        </p>
      )}
      {!state && !loadError && <p className={`${baseClass}__hint`}>{t('newsroom:loading')}</p>}

      {state && (
        <>
          <div className={`${baseClass}__stage`}>
            <span className={`${baseClass}__caption`}>{t('newsroom:stage')}</span>
            <StageBadge
              color={colorOf(state.stage.value)}
              label={getTranslation(state.stage.label, i18n)}
              value={state.stage.value}
            />
          </div>
          {currentAssignee && (
            <p className={`${baseClass}__hint`}>
              {t('newsroom:assignedTo')}:{' '}
              <strong>{personName(people, currentAssignee, String(currentAssignee.id))}</strong>
            </p>
          )}
          {!state.canEdit && <p className={`${baseClass}__hint`}>{t('newsroom:readOnly')}</p>}

          <TransitionForm
            people={people}
            reload={load}
            stageName={stageName}
            state={state}
            documentURL={documentURL}
            transitionURL={`${documentURL}/transition`}
            users={users}
          />
          <WorkflowHistory
            colorOf={colorOf}
            events={state.history}
            people={people}
            stageName={stageName}
            users={users}
          />
        </>
      )}
    </section>
  )
}
