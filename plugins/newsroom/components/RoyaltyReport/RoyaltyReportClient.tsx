'use client'

import { Button, SetStepNav, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { bylineRoleWords, type BylineRole } from '../../attribution/bylineRoles'
import './index.scss'

type Row = {
  person: { key: string; name: string; kind: 'user' | 'contributor' | 'name' }
  articles: number
  roles: BylineRole[]
  views: number
  royaltyTotal: number
  royaltyLines: number
}
type Report = { from: string; to: string; currency: string; baseValue: number; rows: Row[] }

const baseClass = 'royalty-report'
const kindWords: Record<Row['person']['kind'], string> = {
  user: 'Phóng viên, biên tập viên',
  contributor: 'Cộng tác viên',
  name: 'Tên ghi nhận',
}
const number = new Intl.NumberFormat('vi-VN')

/** The first and last day (YYYY-MM-DD) of the current month in Vietnam. */
const currentMonth = (): { from: string; to: string } => {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
  const [year, month] = today.split('-').map(Number)
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const prefix = today.slice(0, 7)
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` }
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

/** Period picker, the per-person table and the CSV download of GET /api/newsroom/royalties. */
export const RoyaltyReportClient = () => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [period, setPeriod] = useState(currentMonth)
  const [report, setReport] = useState<Report>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)
  const latest = useRef(0)

  const urlOf = (from: string, to: string) =>
    `${api}/newsroom/royalties?${new URLSearchParams({ from, to }).toString()}`

  const load = async (event?: FormEvent) => {
    event?.preventDefault()
    const request = ++latest.current
    setLoading(true)
    setError(undefined)
    try {
      const response = await fetch(urlOf(period.from, period.to), { credentials: 'include' })
      if (request !== latest.current) return
      if (!response.ok) {
        setReport(undefined)
        setError(await errorMessage(response))
      } else {
        setReport((await response.json()) as Report)
      }
    } catch (cause) {
      if (request === latest.current) {
        setReport(undefined)
        setError(`Không tải được báo cáo (${(cause as Error).message}).`)
      }
    } finally {
      if (request === latest.current) setLoading(false)
    }
  }

  useEffect(() => {
    // This month's report on opening the page.
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const money = (amount: number) =>
    report?.currency && report.currency !== 'VND'
      ? `${number.format(amount)} ${report.currency}`
      : `${number.format(amount)} ₫`
  const rows = report?.rows ?? []

  return (
    <div className={baseClass}>
      <SetStepNav nav={[{ label: 'Nhuận bút' }]} />
      <form className={`${baseClass}__period`} onSubmit={load}>
        <label className={`${baseClass}__field`}>
          <span>Từ ngày</span>
          <input
            name="from"
            onChange={(event) => setPeriod({ ...period, from: event.target.value })}
            required
            type="date"
            value={period.from}
          />
        </label>
        <label className={`${baseClass}__field`}>
          <span>Đến ngày</span>
          <input
            name="to"
            onChange={(event) => setPeriod({ ...period, to: event.target.value })}
            required
            type="date"
            value={period.to}
          />
        </label>
        <Button buttonStyle="primary" disabled={loading} margin={false} type="submit">
          Xem
        </Button>
        {report && (
          <Button
            buttonStyle="secondary"
            el="anchor"
            extraButtonProps={{ download: '', type: undefined }}
            margin={false}
            url={`${urlOf(report.from, report.to)}&format=csv`}
          >
            Tải CSV (Excel)
          </Button>
        )}
      </form>

      {error && (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      )}
      {loading && <p className={`${baseClass}__status`}>Đang tải…</p>}

      {report && !error && (
        <>
          <p className={`${baseClass}__status`}>
            Kỳ {report.from} – {report.to}
          </p>
          {rows.length === 0 ? (
            <p className={`${baseClass}__empty`}>Không có dữ liệu trong kỳ này.</p>
          ) : (
            <div className={`table ${baseClass}__table`}>
              <table>
                <thead>
                  <tr>
                    <th>Họ tên / bút danh</th>
                    <th>Loại</th>
                    <th className={`${baseClass}__number`}>Số bài</th>
                    <th>Vai trò</th>
                    <th className={`${baseClass}__number`}>Lượt xem</th>
                    <th className={`${baseClass}__number`}>Số dòng</th>
                    <th className={`${baseClass}__number`}>Nhuận bút</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.person.key}>
                      <td>{row.person.name}</td>
                      <td>{kindWords[row.person.kind] ?? row.person.kind}</td>
                      <td className={`${baseClass}__number`}>{number.format(row.articles)}</td>
                      <td>{row.roles.map((role) => bylineRoleWords[role]?.label.vi ?? role).join(', ')}</td>
                      <td className={`${baseClass}__number`}>{number.format(row.views)}</td>
                      <td className={`${baseClass}__number`}>{number.format(row.royaltyLines)}</td>
                      <td className={`${baseClass}__number`}>{money(row.royaltyTotal)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={`${baseClass}__total`}>
                    {/* Articles and views are not summed: an article shared by two people would count twice. */}
                    <td colSpan={5}>Tổng cộng ({number.format(rows.length)} người)</td>
                    <td className={`${baseClass}__number`}>
                      {number.format(rows.reduce((sum, row) => sum + row.royaltyLines, 0))}
                    </td>
                    <td className={`${baseClass}__number`}>
                      {money(rows.reduce((sum, row) => sum + row.royaltyTotal, 0))}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  )
}
