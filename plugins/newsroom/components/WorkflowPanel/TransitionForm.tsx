'use client'

import { getTranslation } from '@payloadcms/translations'
import { Button, useForm, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'

import { responseErrorMessage } from '../responseErrorMessage'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
import { personName } from './personName'
import { postTransition } from './postTransition'
import {
  assignablePeople,
  baseClass,
  type PeopleFields,
  type Person,
  type Transition,
  type WorkflowState,
} from './types'

/** The moves this user may make now, with a note and an assignee, and what came of the last. */
export const TransitionForm = ({
  state,
  transitionURL,
  documentURL,
  users,
  people,
  stageName,
  reload,
}: {
  state: WorkflowState
  transitionURL: string
  documentURL: string
  users: Person[] | undefined
  people: PeopleFields
  stageName: (value: string) => string
  reload: () => Promise<void>
}) => {
  const { i18n, t } = useNewsroomTranslation()
  const router = useRouter()
  const modified = useFormModified()
  const { dispatchFields, getFields } = useForm()

  /**
   * The move changed fields the server writes (stage, assignee, stamps): put the document's new
   * values into the form now. Moves need a saved form, so no unsaved edit is overwritten.
   */
  const refreshFormValues = async () => {
    const response = await fetch(`${documentURL}?depth=0&draft=true`, { credentials: 'include' })
    if (!response.ok) return
    const doc = (await response.json()) as Record<string, unknown>
    const fields = getFields()
    for (const [path, value] of Object.entries(doc)) {
      const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value)
      if (scalar && path in fields && fields[path]?.value !== value) {
        dispatchFields({ type: 'UPDATE', path, value })
      }
    }
  }
  const [note, setNote] = useState('')
  const [assignee, setAssignee] = useState('')
  const [pending, setPending] = useState<string>()
  const [noteNeeded, setNoteNeeded] = useState<Transition>()
  const [result, setResult] = useState<{ ok: boolean; message: string }>()
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const ids = useId()
  const noteId = `${ids}-note`
  const assigneeId = `${ids}-assignee`

  const move = async (transition: Transition) => {
    if (pending) return
    const label = getTranslation(transition.label, i18n)
    if (transition.requiresNote && !note.trim()) {
      setNoteNeeded(transition)
      setResult({ ok: false, message: t('newsroom:needsNote', { label }) })
      noteRef.current?.focus()
      return
    }
    setPending(transition.to)
    setResult(undefined)
    try {
      const response = await postTransition(transitionURL, {
        to: transition.to,
        note: note.trim() || undefined,
        assignee: assignee || undefined,
        expectedStage: state.stage.value,
      })
      if (!response.ok) {
        const fallback = t('newsroom:failed', { status: response.status })
        setResult({
          ok: false,
          message: await responseErrorMessage(response, fallback, i18n.language),
        })
        // The stage may have moved under us (409): show what it is now, here and in the form.
        if (response.status === 409) router.refresh()
        await reload()
        return
      }
      setNote('')
      setAssignee('')
      setNoteNeeded(undefined)
      setResult({ ok: true, message: t('newsroom:moved', { label: stageName(transition.to) }) })
      // The document's form and permissions change with its stage: let the server re-render them.
      router.refresh()
      await Promise.all([reload(), refreshFormValues()])
    } catch {
      setResult({ ok: false, message: t('newsroom:network') })
    } finally {
      setPending(undefined)
    }
  }

  const candidates = assignablePeople(users, state, people.rolesField)
  const roleNames = (roles: string[]) =>
    roles
      .map((role) => {
        const label = state.assignable?.roleLabels[role]
        return label ? getTranslation(label, i18n) : role
      })
      .join(', ')

  const noteIsRequired = Boolean(noteNeeded)
  const noteTransitions = state.transitions.filter((transition) => transition.requiresNote)

  return (
    <>
      {state.transitions.length > 0 ? (
        <div className={`${baseClass}__form`}>
          <div className={`${baseClass}__field`}>
            <label htmlFor={noteId}>
              {t('newsroom:note')}
              {noteIsRequired && (
                <span className={`${baseClass}__required`} title={t('newsroom:noteRequired')}>
                  {' '}
                  *
                </span>
              )}
            </label>
            <textarea
              aria-invalid={noteIsRequired && !note.trim() ? true : undefined}
              id={noteId}
              onChange={(event) => setNote(event.target.value)}
              placeholder={t('newsroom:notePlaceholder')}
              ref={noteRef}
              required={noteIsRequired}
              rows={3}
              value={note}
            />
            {noteTransitions.length > 0 && (
              <span className={`${baseClass}__field-hint`}>
                {t('newsroom:noteNeededFor')}:{' '}
                {noteTransitions
                  .map((transition) => getTranslation(transition.label, i18n))
                  .join(', ')}
              </span>
            )}
          </div>

          {candidates.length > 0 && (
            <div className={`${baseClass}__field`}>
              <label htmlFor={assigneeId}>{t('newsroom:assignee')}</label>
              <select
                id={assigneeId}
                onChange={(event) => setAssignee(event.target.value)}
                value={assignee}
              >
                <option value="">{t('newsroom:nobody')}</option>
                {candidates.map(({ person, roles }) => (
                  <option key={String(person.id)} value={String(person.id)}>
                    {personName(people, person, String(person.id))}
                    {roles.length > 0 ? ` — ${roleNames(roles)}` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}

          {modified && (
            <p className={`${baseClass}__hint ${baseClass}__hint--warning`}>
              {t('newsroom:unsaved')}
            </p>
          )}

          <div aria-label={t('newsroom:actions')} className={`${baseClass}__actions`} role="group">
            {state.transitions.map((transition) => {
              const label = getTranslation(transition.label, i18n)
              return (
                <Button
                  buttonStyle={transition.requiresNote ? 'secondary' : 'primary'}
                  className={`${baseClass}__action`}
                  disabled={Boolean(pending) || modified}
                  key={`${transition.to}-${label}`}
                  margin={false}
                  onClick={() => void move(transition)}
                  size="medium"
                  type="button"
                >
                  {label}
                </Button>
              )
            })}
          </div>
          {pending && <p className={`${baseClass}__hint`}>{t('newsroom:working')}</p>}
        </div>
      ) : (
        <p className={`${baseClass}__hint`}>{t('newsroom:noTransitions')}</p>
      )}

      {result && (
        <p
          className={`${baseClass}__message ${baseClass}__message--${result.ok ? 'success' : 'error'}`}
          role={result.ok ? 'status' : 'alert'}
        >
          {result.message}
        </p>
      )}
    </>
  )
}
