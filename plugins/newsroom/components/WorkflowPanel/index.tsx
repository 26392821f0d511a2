'use client'

import { Button, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { Label } from '../../types'
import { formatVietnamTime, pickLabel, StageBadge, stageColors } from '../StageBadge'
import './index.scss'

type Person = { id: string | number; email?: string | null } & Record<string, unknown>

/** Where the panel finds the people to assign and name: the plugin's users options. */
export type PeopleFields = { collection: string; nameField: string; penNameField: string }

type HistoryEvent = {
  id: string | number
  sequence: number
  fromStage: string
  toStage: string
  actor: Person | string | number | null
  actorKind: 'user' | 'system' | 'import'
  note?: string | null
  assignee?: Person | string | number | null
  createdAt: string
}

type WorkflowState = {
  stage: { value: string; label: Label }
  assignee: string | number | Person | null
  canEdit: boolean
  transitions: { to: string; label: Label; requiresNote: boolean }[]
  stages: { value: string; label: Label; color: string }[]
  history: HistoryEvent[]
}

type Transition = WorkflowState['transitions'][number]

const baseClass = 'newsroom-workflow'

const words = {
  vi: {
    title: 'Quy trình biên tập',
    saveFirst: 'Lưu bản nháp để bắt đầu quy trình',
    loading: 'Đang tải…',
    stage: 'Trạng thái',
    assignedTo: 'Đang giao cho',
    readOnly: 'Bạn không thể sửa nội dung bài ở trạng thái này.',
    note: 'Ghi chú',
    noteRequired: 'bắt buộc',
    noteNeededFor: 'Cần ghi chú khi',
    notePlaceholder: 'Ghi chú cho bước chuyển (lý do trả lại, gỡ, hủy…)',
    assignee: 'Giao cho',
    nobody: '— Không giao —',
    actions: 'Chuyển trạng thái',
    noTransitions: 'Bạn không có bước chuyển nào ở trạng thái này.',
    unsaved: 'Có thay đổi chưa lưu: hãy lưu bản nháp trước khi chuyển trạng thái.',
    working: 'Đang chuyển…',
    moved: (label: string) => `Đã chuyển sang "${label}".`,
    needsNote: (label: string) => `"${label}" cần ghi rõ lý do trong ô Ghi chú.`,
    history: 'Lịch sử',
    noHistory: 'Chưa có bước chuyển nào.',
    system: 'Hệ thống',
    import: 'Nhập bài cũ',
    unknownPerson: 'Không rõ',
    assignedOn: 'giao cho',
    failed: (status: number) => `Lỗi ${status}`,
    network: 'Không kết nối được máy chủ.',
  },
  en: {
    title: 'Editorial workflow',
    saveFirst: 'Save a draft to start the workflow',
    loading: 'Loading…',
    stage: 'Stage',
    assignedTo: 'Assigned to',
    readOnly: 'You cannot edit the content in this stage.',
    note: 'Note',
    noteRequired: 'required',
    noteNeededFor: 'A note is required for',
    notePlaceholder: 'A note for the move (why it is returned, unpublished, spiked…)',
    assignee: 'Assign to',
    nobody: '— Nobody —',
    actions: 'Move to',
    noTransitions: 'You have no moves from this stage.',
    unsaved: 'Unsaved changes: save a draft before changing the stage.',
    working: 'Moving…',
    moved: (label: string) => `Moved to "${label}".`,
    needsNote: (label: string) => `"${label}" needs a note saying why.`,
    history: 'History',
    noHistory: 'No moves yet.',
    system: 'System',
    import: 'Legacy import',
    unknownPerson: 'Unknown',
    assignedOn: 'assigned to',
    failed: (status: number) => `Error ${status}`,
    network: 'Could not reach the server.',
  },
}

type Words = (typeof words)['vi']

const errorMessage = async (response: Response, text: Words): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[]; message?: string }
    const message = body.errors?.[0]?.message ?? body.message
    if (message) return message
  } catch {
    // not JSON: the status says enough
  }
  return text.failed(response.status)
}

const personName = (fields: PeopleFields, person: Person | undefined, fallback: string): string =>
  String(person?.[fields.nameField] || person?.[fields.penNameField] || person?.email || fallback)

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
  const { i18n } = useTranslation()
  const language = i18n.language
  const text = language === 'en' ? words.en : words.vi
  const router = useRouter()
  const modified = useFormModified()

  const [state, setState] = useState<WorkflowState>()
  const [loadError, setLoadError] = useState<string>()
  const [users, setUsers] = useState<Person[]>()
  const [note, setNote] = useState('')
  const [assignee, setAssignee] = useState('')
  const [pending, setPending] = useState<string>()
  const [noteNeeded, setNoteNeeded] = useState<Transition>()
  const [result, setResult] = useState<{ ok: boolean; message: string }>()
  const latest = useRef(0)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const ids = useId()

  const apiRoute = api || '/api'
  const workflowURL = id && collectionSlug ? `${apiRoute}/${collectionSlug}/${id}/workflow` : undefined

  const load = useCallback(async () => {
    if (!workflowURL) return
    const request = ++latest.current
    try {
      const response = await fetch(workflowURL, { credentials: 'include', cache: 'no-store' })
      if (request !== latest.current) return
      if (!response.ok) {
        setLoadError(await errorMessage(response, text))
        return
      }
      const body = (await response.json()) as WorkflowState
      if (request !== latest.current) return
      setState(body)
      setLoadError(undefined)
    } catch {
      if (request === latest.current) setLoadError(text.network)
    }
  }, [workflowURL, text])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!workflowURL) return
    const controller = new AbortController()
    fetch(`${apiRoute}/${people.collection}?limit=200&depth=0&sort=${people.nameField}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Person[] }) => setUsers(body.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [apiRoute, workflowURL, people.collection, people.nameField])

  if (!id) {
    return (
      <section aria-label={text.title} className={baseClass}>
        <h4 className={`${baseClass}__title`}>{text.title}</h4>
        <p className={`${baseClass}__hint`}>{text.saveFirst}</p>
      </section>
    )
  }

  const stageOf = (value: string) => state?.stages.find((stage) => stage.value === value)
  const stageName = (value: string) => pickLabel(stageOf(value)?.label, language, value)
  const colorOf = (value: string) => stageOf(value)?.color ?? stageColors[value]
  const userById = (value: Person | string | number | null | undefined): Person | undefined => {
    if (value === null || value === undefined || value === '') return undefined
    if (typeof value === 'object') return value
    return users?.find((user) => String(user.id) === String(value)) ?? { id: value }
  }
  const actorName = (event: HistoryEvent) => {
    if (event.actorKind === 'system') return text.system
    if (event.actorKind === 'import') return text.import
    return personName(people, userById(event.actor), text.unknownPerson)
  }

  const move = async (transition: Transition) => {
    if (!state || pending) return
    const label = pickLabel(transition.label, language, transition.to)
    if (transition.requiresNote && !note.trim()) {
      setNoteNeeded(transition)
      setResult({ ok: false, message: text.needsNote(label) })
      noteRef.current?.focus()
      return
    }
    setPending(transition.to)
    setResult(undefined)
    try {
      const response = await fetch(`${apiRoute}/${collectionSlug}/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          to: transition.to,
          note: note.trim() || undefined,
          assignee: assignee || undefined,
          expectedStage: state.stage.value,
        }),
      })
      if (!response.ok) {
        setResult({ ok: false, message: await errorMessage(response, text) })
        // The stage may have moved under us (409): show what it is now, here and in the form.
        if (response.status === 409) router.refresh()
        await load()
        return
      }
      setNote('')
      setAssignee('')
      setNoteNeeded(undefined)
      setResult({ ok: true, message: text.moved(stageName(transition.to)) })
      // The document's form and permissions change with its stage: let the server re-render them.
      router.refresh()
      await load()
    } catch {
      setResult({ ok: false, message: text.network })
    } finally {
      setPending(undefined)
    }
  }

  const noteIsRequired = Boolean(noteNeeded)
  const noteTransitions = state?.transitions.filter((transition) => transition.requiresNote) ?? []
  const currentAssignee = userById(state?.assignee)
  const history = [...(state?.history ?? [])].sort((a, b) => b.sequence - a.sequence)
  const noteId = `${ids}-note`
  const assigneeId = `${ids}-assignee`

  return (
    <section aria-label={text.title} className={baseClass} data-stage={state?.stage.value}>
      <h4 className={`${baseClass}__title`}>{text.title}</h4>

      {loadError && (
        <p className={`${baseClass}__message ${baseClass}__message--error`} role="alert">
          {loadError}
        </p>
      )}
      {!state && !loadError && <p className={`${baseClass}__hint`}>{text.loading}</p>}

      {state && (
        <>
          <div className={`${baseClass}__stage`}>
            <span className={`${baseClass}__caption`}>{text.stage}</span>
            <StageBadge
              color={colorOf(state.stage.value)}
              label={pickLabel(state.stage.label, language, state.stage.value)}
              value={state.stage.value}
            />
          </div>
          {currentAssignee && (
            <p className={`${baseClass}__hint`}>
              {text.assignedTo}: <strong>{personName(people, currentAssignee, String(currentAssignee.id))}</strong>
            </p>
          )}
          {!state.canEdit && <p className={`${baseClass}__hint`}>{text.readOnly}</p>}

          {state.transitions.length > 0 ? (
            <div className={`${baseClass}__form`}>
              <div className={`${baseClass}__field`}>
                <label htmlFor={noteId}>
                  {text.note}
                  {noteIsRequired && (
                    <span className={`${baseClass}__required`} title={text.noteRequired}>
                      {' '}
                      *
                    </span>
                  )}
                </label>
                <textarea
                  aria-invalid={noteIsRequired && !note.trim() ? true : undefined}
                  id={noteId}
                  onChange={(event) => setNote(event.target.value)}
                  placeholder={text.notePlaceholder}
                  ref={noteRef}
                  required={noteIsRequired}
                  rows={3}
                  value={note}
                />
                {noteTransitions.length > 0 && (
                  <span className={`${baseClass}__field-hint`}>
                    {text.noteNeededFor}:{' '}
                    {noteTransitions.map((transition) => pickLabel(transition.label, language, transition.to)).join(', ')}
                  </span>
                )}
              </div>

              {users && users.length > 0 && (
                <div className={`${baseClass}__field`}>
                  <label htmlFor={assigneeId}>{text.assignee}</label>
                  <select id={assigneeId} onChange={(event) => setAssignee(event.target.value)} value={assignee}>
                    <option value="">{text.nobody}</option>
                    {users.map((user) => (
                      <option key={String(user.id)} value={String(user.id)}>
                        {personName(people, user, String(user.id))}
                      </option>
                    ))}
                  </select>
                </div>
              )}

              {modified && <p className={`${baseClass}__hint ${baseClass}__hint--warning`}>{text.unsaved}</p>}

              <div aria-label={text.actions} className={`${baseClass}__actions`} role="group">
                {state.transitions.map((transition) => {
                  const label = pickLabel(transition.label, language, transition.to)
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
              {pending && <p className={`${baseClass}__hint`}>{text.working}</p>}
            </div>
          ) : (
            <p className={`${baseClass}__hint`}>{text.noTransitions}</p>
          )}

          {result && (
            <p
              className={`${baseClass}__message ${baseClass}__message--${result.ok ? 'success' : 'error'}`}
              role={result.ok ? 'status' : 'alert'}
            >
              {result.message}
            </p>
          )}

          <h5 className={`${baseClass}__subtitle`}>{text.history}</h5>
          {history.length === 0 ? (
            <p className={`${baseClass}__hint`}>{text.noHistory}</p>
          ) : (
            <ol className={`${baseClass}__timeline`}>
              {history.map((event) => {
                const assigned = userById(event.assignee)
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
                        {text.assignedOn} {personName(people, assigned, String(assigned.id))}
                      </div>
                    )}
                    {event.note && <blockquote className={`${baseClass}__note`}>{event.note}</blockquote>}
                  </li>
                )
              })}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
