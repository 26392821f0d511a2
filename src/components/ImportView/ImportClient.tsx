'use client'

import { Button, Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useRef, useState, type ReactNode } from 'react'

import type { ImportPlan } from '../../import/importTypes'
import type { MeetingKind, ParsedArticle } from '../../import/parsedArticle'
import './index.scss'

/** What POST /api/newsroom/import/preview answers. */
type Preview = { parsed: ParsedArticle; plan: ImportPlan }
/** What POST /api/newsroom/import answers (201). */
type Saved = {
  articleId?: string
  status: 'imported' | 'unchanged'
  created: Record<string, number>
  reused: Record<string, number>
}

type PartOfDay = 'morning' | 'afternoon' | 'evening'

/** The editable part of the preview, as the form holds it ('' is "empty"). */
type Form = {
  title: string
  lead: string
  byline: string
  date: string
  partOfDay: PartOfDay | ''
  kind: MeetingKind | ''
}

/** The body of `corrections`, as importEndpoints.ts reads it. */
type Corrections = {
  title?: string
  lead?: string
  byline?: string | null
  meeting?: { date?: string | null; partOfDay?: PartOfDay | null; kind?: MeetingKind }
}

const baseClass = 'import-legacy'

const partsOfDay: { value: PartOfDay; label: string }[] = [
  { value: 'morning', label: 'Sáng' },
  { value: 'afternoon', label: 'Chiều' },
  { value: 'evening', label: 'Tối' },
]

const meetingKinds: { value: MeetingKind; label: string }[] = [
  { value: 'review', label: 'Kiểm điểm' },
  { value: 'periodReview', label: 'Sơ kết/tổng kết' },
  { value: 'expandedConference', label: 'Hội nghị mở rộng' },
  { value: 'workingVisit', label: 'Làm việc' },
  { value: 'councilSession', label: 'Kỳ họp HĐND' },
  { value: 'other', label: 'Khác' },
]

const unitKinds: Record<string, string> = {
  partyCommittee: 'Cấp ủy Đảng',
  peoplesCommittee: 'Ủy ban nhân dân',
  peoplesCouncil: 'Hội đồng nhân dân',
  department: 'Sở, ban, ngành, phòng',
  communeOrWard: 'Xã, phường',
  massOrganisation: 'Mặt trận Tổ quốc, đoàn thể',
  armedForces: 'Lực lượng vũ trang',
  other: 'Khác',
}

const unitLevels: Record<string, string> = {
  province: 'Tỉnh',
  district: 'Huyện, thành phố',
  commune: 'Xã, phường',
}

const personRoles: Record<string, string> = { text: 'viết bài', photo: 'ảnh' }

/** The fields of the plan's warnings, as the editor knows them. */
const fieldLabels: Record<string, string> = {
  title: 'Tiêu đề',
  lead: 'Sapo',
  byline: 'Tác giả',
  publishedAt: 'Ngày đăng',
  views: 'Lượt xem',
  units: 'Đơn vị',
  officials: 'Cán bộ',
  people: 'Người ghi nhận',
  meeting: 'Cuộc họp',
  'meeting.date': 'Ngày họp',
  'meeting.partOfDay': 'Buổi',
  'meeting.kind': 'Loại cuộc họp',
  'meeting.chair': 'Người chủ trì',
  'meeting.hostUnit': 'Đơn vị chủ trì',
  titleReferences: 'Chức danh được nhắc',
}

const savedLabels: Record<string, string> = {
  units: 'đơn vị',
  officials: 'cán bộ',
  contributors: 'cộng tác viên',
  people: 'người ghi nhận',
  meetings: 'cuộc họp',
  articles: 'bài',
}

const number = new Intl.NumberFormat('vi-VN')
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

const emptyForm: Form = { title: '', lead: '', byline: '', date: '', partOfDay: '', kind: '' }

type Caption = Extract<ParsedArticle['body'][number], { kind: 'caption' }>
const isCaption = (block: ParsedArticle['body'][number]): block is Caption => block.kind === 'caption'

const formOf = (parsed: ParsedArticle): Form => ({
  title: parsed.title ?? '',
  lead: parsed.lead ?? '',
  byline: parsed.byline ?? '',
  date: parsed.meeting?.date ?? '',
  partOfDay: parsed.meeting?.partOfDay ?? '',
  kind: parsed.meeting?.kind ?? '',
})

/** Only what the editor changed from the text as read. */
const correctionsOf = (form: Form, read: Form | undefined): Corrections | undefined => {
  if (!read) return undefined
  const corrections: Corrections = {}
  if (form.title.trim() && form.title !== read.title) corrections.title = form.title.trim()
  if (form.lead.trim() && form.lead !== read.lead) corrections.lead = form.lead.trim()
  if (form.byline !== read.byline) corrections.byline = form.byline.trim() || null
  const meeting: NonNullable<Corrections['meeting']> = {}
  if (form.date !== read.date) meeting.date = form.date || null
  if (form.partOfDay !== read.partOfDay) meeting.partOfDay = form.partOfDay || null
  if (form.kind && form.kind !== read.kind) meeting.kind = form.kind
  if (Object.keys(meeting).length) corrections.meeting = meeting
  return Object.keys(corrections).length ? corrections : undefined
}

const errorMessage = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    if (body.errors?.[0]?.message) return body.errors[0].message
  } catch {
    // not JSON: fall through to the status
  }
  return `Lỗi ${response.status} (${response.statusText || 'error'})`
}

const CheckBadge = () => <span className={`${baseClass}__check`}>Cần kiểm tra</span>

const ActionBadge = ({ action }: { action: 'create' | 'reuse' }) =>
  action === 'create' ? (
    <span className={`${baseClass}__new`}>tạo mới</span>
  ) : (
    <span className={`${baseClass}__known`}>đã có</span>
  )

const Section = ({ title, flagged, children }: { title: string; flagged?: boolean; children: ReactNode }) => (
  <section className={`${baseClass}__section`}>
    <h3>
      {title} {flagged && <CheckBadge />}
    </h3>
    {children}
  </section>
)

/**
 * Paste a legacy article, read it (POST /api/newsroom/import/preview), correct what was read
 * wrongly, and save it as a draft (POST /api/newsroom/import).
 */
export const ImportClient = () => {
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const id = useId()
  const [text, setText] = useState('')
  /** The text the preview shows, as sent. */
  const [previewedText, setPreviewedText] = useState<string>()
  /** The corrections the preview shows, as sent (JSON). */
  const [previewedCorrections, setPreviewedCorrections] = useState<string>()
  const [preview, setPreview] = useState<Preview>()
  /** The form as the text was first read: corrections are the differences from it. */
  const [read, setRead] = useState<Form>()
  const [form, setForm] = useState<Form>(emptyForm)
  /** The last request's failure, shown next to the button that made it. */
  const [error, setError] = useState<{ message: string; at: 'paste' | 'form' }>()
  const [busy, setBusy] = useState<'preview' | 'save'>()
  const [saved, setSaved] = useState<Saved>()
  const latest = useRef(0)

  const corrections = correctionsOf(form, read)
  const hasUnreadCorrections = preview !== undefined && JSON.stringify(corrections ?? {}) !== previewedCorrections
  const isStale = preview !== undefined && previewedText !== text
  const hasMeeting = Boolean(preview?.parsed.meeting)

  const post = async (path: string, body: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })

  /** Reads the text: afresh (the editor's corrections dropped), or again with them. */
  const readText = async (withCorrections: boolean) => {
    const request = ++latest.current
    setBusy('preview')
    setError(undefined)
    setSaved(undefined)
    const sent = withCorrections ? corrections : undefined
    const at = withCorrections ? 'form' : 'paste'
    try {
      const response = await post('/newsroom/import/preview', { text, ...(sent ? { corrections: sent } : {}) })
      if (request !== latest.current) return
      if (!response.ok) {
        setError({ message: await errorMessage(response), at })
        return
      }
      const answer = (await response.json()) as Preview
      setPreview(answer)
      setPreviewedText(text)
      setPreviewedCorrections(JSON.stringify(sent ?? {}))
      if (!withCorrections) {
        const asRead = formOf(answer.parsed)
        setRead(asRead)
        setForm(asRead)
      }
    } catch (cause) {
      if (request === latest.current) setError({ message: `Không đọc được bài (${(cause as Error).message}).`, at })
    } finally {
      if (request === latest.current) setBusy(undefined)
    }
  }

  const save = async () => {
    const request = ++latest.current
    setBusy('save')
    setError(undefined)
    try {
      const response = await post('/newsroom/import', { text, ...(corrections ? { corrections } : {}) })
      if (request !== latest.current) return
      if (!response.ok) {
        setError({ message: await errorMessage(response), at: 'form' })
        return
      }
      setSaved((await response.json()) as Saved)
    } catch (cause) {
      if (request === latest.current) {
        setError({ message: `Không lưu được bài (${(cause as Error).message}).`, at: 'form' })
      }
    } finally {
      if (request === latest.current) setBusy(undefined)
    }
  }

  const plan = preview?.plan
  const parsed = preview?.parsed
  const warnings = plan?.warnings ?? []
  const isFlagged = (field: string) =>
    warnings.some((warning) => warning.field === field || warning.field.startsWith(`${field}.`))
  const update = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }))
  const captions = parsed?.body.filter(isCaption) ?? []
  const paragraphs = parsed?.body.filter((block) => block.kind === 'paragraph').length ?? 0
  const articleURL = saved?.articleId
    ? formatAdminURL({ adminRoute, path: `/collections/articles/${saved.articleId}` })
    : undefined
  const canSave = Boolean(plan) && !plan?.isAlreadyImported && !isStale && !busy && !saved

  return (
    <div className={baseClass}>
      <div className={`${baseClass}__paste`}>
        <label className={`${baseClass}__label`} htmlFor={`${id}-text`}>
          Nội dung bài (dán nguyên văn)
        </label>
        <textarea
          className={`${baseClass}__text`}
          id={`${id}-text`}
          onChange={(event) => setText(event.target.value)}
          placeholder="Dán cả bài: tiêu đề, ngày giờ đăng, sapo, các đoạn, chú thích ảnh và tên tác giả ở dòng cuối."
          rows={14}
          spellCheck={false}
          value={text}
        />
        <div className={`${baseClass}__actions`}>
          <Button
            buttonStyle={preview ? 'secondary' : 'primary'}
            disabled={!text.trim() || Boolean(busy)}
            margin={false}
            onClick={() => void readText(false)}
            type="button"
          >
            Đọc thử
          </Button>
          {busy === 'preview' && <span className={`${baseClass}__status`}>Đang đọc…</span>}
          {isStale && (
            <span className={`${baseClass}__status`}>Nội dung đã thay đổi: bấm "Đọc thử" để đọc lại bài.</span>
          )}
        </div>
      </div>

      {error?.at === 'paste' && (
        <p className={`${baseClass}__error`} role="alert">
          {error.message}
        </p>
      )}

      {plan && parsed && (
        <div className={`${baseClass}__preview`} aria-label="Bản đọc thử" role="region">
          {plan.isAlreadyImported && (
            <p className={`${baseClass}__already`} role="alert">
              Bài này đã được nhập.
            </p>
          )}

          {warnings.length > 0 && (
            <ul className={`${baseClass}__warnings`} aria-label="Cần kiểm tra">
              {warnings.map((warning, index) => (
                <li key={index}>
                  <CheckBadge /> <strong>{fieldLabels[warning.field] ?? warning.field}:</strong> {warning.message}
                </li>
              ))}
            </ul>
          )}

          <div className={`${baseClass}__columns`}>
            <div className={`${baseClass}__form`}>
              <h2>Bài viết</h2>
              <label className={`${baseClass}__field`}>
                <span>Tiêu đề {isFlagged('title') && <CheckBadge />}</span>
                <input onChange={(event) => update('title', event.target.value)} type="text" value={form.title} />
              </label>
              <label className={`${baseClass}__field`}>
                <span>Sapo {isFlagged('lead') && <CheckBadge />}</span>
                <textarea onChange={(event) => update('lead', event.target.value)} rows={4} value={form.lead} />
              </label>
              <label className={`${baseClass}__field`}>
                <span>Tác giả {isFlagged('byline') && <CheckBadge />}</span>
                <input onChange={(event) => update('byline', event.target.value)} type="text" value={form.byline} />
              </label>

              <h2>Cuộc họp {isFlagged('meeting') && <CheckBadge />}</h2>
              {hasMeeting ? (
                <div className={`${baseClass}__row`}>
                  <label className={`${baseClass}__field`}>
                    <span>Ngày họp {isFlagged('meeting.date') && <CheckBadge />}</span>
                    <input onChange={(event) => update('date', event.target.value)} type="date" value={form.date} />
                  </label>
                  <label className={`${baseClass}__field`}>
                    <span>Buổi</span>
                    <select
                      onChange={(event) => update('partOfDay', event.target.value as Form['partOfDay'])}
                      value={form.partOfDay}
                    >
                      <option value="">— chưa rõ —</option>
                      {partsOfDay.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className={`${baseClass}__field`}>
                    <span>Loại cuộc họp</span>
                    <select onChange={(event) => update('kind', event.target.value as Form['kind'])} value={form.kind}>
                      {meetingKinds.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              ) : (
                <p className={`${baseClass}__muted`}>Không nhận ra cuộc họp: bài được lưu không gắn cuộc họp.</p>
              )}

              <div className={`${baseClass}__actions`}>
                <Button
                  buttonStyle="secondary"
                  disabled={Boolean(busy) || isStale}
                  margin={false}
                  onClick={() => void readText(true)}
                  type="button"
                >
                  Đọc lại
                </Button>
                <Button buttonStyle="primary" disabled={!canSave} margin={false} onClick={() => void save()} type="button">
                  Lưu bản nháp
                </Button>
                {busy === 'save' && <span className={`${baseClass}__status`}>Đang lưu…</span>}
                {hasUnreadCorrections && !busy && (
                  <span className={`${baseClass}__status`}>Có sửa đổi: "Đọc lại" để xem kết quả, hoặc lưu luôn.</span>
                )}
              </div>

              {error?.at === 'form' && (
                <p className={`${baseClass}__error`} role="alert">
                  {error.message}
                </p>
              )}
              {saved && (
                <div className={`${baseClass}__success`} role="status">
                  <p>
                    {saved.status === 'imported' ? 'Đã lưu bản nháp.' : 'Bài này đã được nhập, không có gì thay đổi.'}{' '}
                    {articleURL && (
                      <Link href={articleURL} prefetch={false}>
                        Mở bài
                      </Link>
                    )}
                  </p>
                  {Object.entries(saved.created).some(([, count]) => count > 0) && (
                    <p className={`${baseClass}__muted`}>
                      Tạo mới:{' '}
                      {Object.entries(saved.created)
                        .filter(([, count]) => count > 0)
                        .map(([key, count]) => `${count} ${savedLabels[key] ?? key}`)
                        .join(', ')}
                      .
                    </p>
                  )}
                </div>
              )}
            </div>

            <div className={`${baseClass}__plan`}>
              <Section title="Đăng">
                <dl className={`${baseClass}__facts`}>
                  <dt>Thời gian đăng {isFlagged('publishedAt') && <CheckBadge />}</dt>
                  <dd>{parsed.publishedAt ? dateTime.format(new Date(parsed.publishedAt)) : 'không có'}</dd>
                  <dt>Lượt xem</dt>
                  <dd>{parsed.views === undefined ? 'không có' : number.format(parsed.views)}</dd>
                  <dt>Thân bài</dt>
                  <dd>
                    {paragraphs} đoạn, {captions.length} chú thích ảnh
                    {parsed.audio.length > 0 && `, ${parsed.audio.length} tệp âm thanh`}
                  </dd>
                </dl>
                {captions.length > 0 && (
                  <ul className={`${baseClass}__list`} aria-label="Chú thích ảnh">
                    {captions.map((caption, index) => (
                      <li key={index}>
                        {caption.text}
                        {caption.credit && (
                          <span className={`${baseClass}__muted`}> — Ảnh: {caption.credit}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </Section>

              {plan.meeting && (
                <Section title="Cuộc họp" flagged={isFlagged('meeting')}>
                  <p>
                    <ActionBadge action={plan.meeting.action} /> {plan.meeting.name}
                  </p>
                  <dl className={`${baseClass}__facts`}>
                    <dt>Chủ trì {isFlagged('meeting.chair') && <CheckBadge />}</dt>
                    <dd>{plan.meeting.chair ?? 'chưa xác định'}</dd>
                    <dt>Chức danh khi chủ trì</dt>
                    <dd>{plan.meeting.chairTitle || 'chưa xác định'}</dd>
                    <dt>Đơn vị chủ trì {isFlagged('meeting.hostUnit') && <CheckBadge />}</dt>
                    <dd>{plan.meeting.hostUnit ?? 'chưa xác định'}</dd>
                  </dl>
                </Section>
              )}

              <Section title={`Cán bộ (${plan.officials.length})`} flagged={isFlagged('officials')}>
                {plan.officials.length ? (
                  <ul className={`${baseClass}__list`} aria-label="Cán bộ">
                    {plan.officials.map((official) => (
                      <li key={official.name}>
                        <ActionBadge action={official.action} /> <strong>{official.name}</strong>
                        {official.titles.length > 0 && (
                          <span className={`${baseClass}__muted`}> — {official.titles.join(', ')}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={`${baseClass}__muted`}>Không có.</p>
                )}
              </Section>

              <Section title={`Tác giả, người chụp ảnh (${plan.people.length})`} flagged={isFlagged('people')}>
                {plan.people.length ? (
                  <ul className={`${baseClass}__list`} aria-label="Tác giả, người chụp ảnh">
                    {plan.people.map((person) => (
                      <li key={person.name}>
                        <ActionBadge action={person.action} /> <strong>{person.name}</strong>
                        <span className={`${baseClass}__muted`}>
                          {' '}
                          — {person.collection === 'users' ? 'người dùng' : 'cộng tác viên'},{' '}
                          {person.roles.map((role) => personRoles[role] ?? role).join(', ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={`${baseClass}__muted`}>Không có.</p>
                )}
              </Section>

              <Section title={`Đơn vị (${plan.units.length})`} flagged={isFlagged('units')}>
                {plan.units.length ? (
                  <ul className={`${baseClass}__list`} aria-label="Đơn vị">
                    {plan.units.map((unit) => (
                      <li key={unit.name}>
                        <ActionBadge action={unit.action} /> <strong>{unit.name}</strong>
                        <span className={`${baseClass}__muted`}>
                          {' '}
                          — {unitKinds[unit.kind] ?? unit.kind}, {unitLevels[unit.level] ?? unit.level}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={`${baseClass}__muted`}>Không có.</p>
                )}
              </Section>

              {plan.titleReferences.length > 0 && (
                <Section title="Chức danh được nhắc" flagged={isFlagged('titleReferences')}>
                  <ul className={`${baseClass}__list`} aria-label="Chức danh được nhắc">
                    {plan.titleReferences.map((reference, index) => (
                      <li key={index}>
                        "{reference.title}" →{' '}
                        {reference.official ? (
                          <strong>{reference.official}</strong>
                        ) : (
                          <>
                            chưa xác định <CheckBadge />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
            </div>
          </div>
        </div>
      )}
    </div>
  )
}
