'use client'

import { getTranslation } from '@payloadcms/translations'
import { Button, SetStepNav, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { bylineRoleWords, type BylineRole } from '../../attribution/bylineRoles'
import { currentVietnamMonth } from '../../utilities/vietnamTime'
import { DayInput } from '../DayInput'
import { responseErrorMessage } from '../responseErrorMessage'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
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
const kindKeys = {
  user: 'newsroom:personUser',
  contributor: 'newsroom:personContributor',
  name: 'newsroom:personName',
} as const
const number = new Intl.NumberFormat('vi-VN')

/** Period picker, the per-person table and the CSV download of GET /api/newsroom/royalties. */
export const RoyaltyReportClient = () => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { i18n, t } = useNewsroomTranslation()
  const [period, setPeriod] = useState(() => currentVietnamMonth())
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
        setError(
          await responseErrorMessage(
            response,
            `${t('newsroom:failed', { status: response.status })} (${response.statusText || 'error'})`,
            i18n.language,
          ),
        )
      } else {
        setReport((await response.json()) as Report)
      }
    } catch (cause) {
      if (request === latest.current) {
        setReport(undefined)
        setError(t('newsroom:royaltyLoadFailed', { reason: (cause as Error).message }))
      }
    } finally {
      if (request === latest.current) setLoading(false)
    }
  }

  useEffect(() => {
    // This month's report on opening the page, once; load() shows its own loading state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
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
      <SetStepNav nav={[{ label: t('newsroom:royalties') }]} />
      <form className={`${baseClass}__period`} onSubmit={load}>
        <div className={`${baseClass}__field`}>
          <span>{t('newsroom:royaltyFrom')}</span>
          <DayInput
            id="royalty-from"
            onChange={(day) => setPeriod({ ...period, from: day })}
            value={period.from}
          />
        </div>
        <div className={`${baseClass}__field`}>
          <span>{t('newsroom:royaltyTo')}</span>
          <DayInput
            id="royalty-to"
            onChange={(day) => setPeriod({ ...period, to: day })}
            value={period.to}
          />
        </div>
        <Button buttonStyle="primary" disabled={loading} margin={false} type="submit">
          {t('newsroom:royaltyShow')}
        </Button>
        {report && (
          <Button
            buttonStyle="secondary"
            el="anchor"
            extraButtonProps={{ download: '', type: undefined }}
            margin={false}
            url={`${urlOf(report.from, report.to)}&format=csv`}
          >
            {t('newsroom:royaltyCsv')}
          </Button>
        )}
      </form>

      {error && (
        <p className={`${baseClass}__error`} role="alert">
          {error}
        </p>
      )}
      {loading && <p className={`${baseClass}__status`}>{t('newsroom:loading')}</p>}

      {report && !error && (
        <>
          <p className={`${baseClass}__status`}>
            {t('newsroom:royaltyPeriod', { from: report.from, to: report.to })}
          </p>
          {rows.length === 0 ? (
            <p className={`${baseClass}__empty`}>{t('newsroom:royaltyEmpty')}</p>
          ) : (
            <div className={`table ${baseClass}__table`}>
              <table>
                <thead>
                  <tr>
                    <th>{t('newsroom:royaltyName')}</th>
                    <th>{t('newsroom:royaltyKind')}</th>
                    <th className={`${baseClass}__number`}>{t('newsroom:royaltyArticles')}</th>
                    <th>{t('newsroom:royaltyRoles')}</th>
                    <th className={`${baseClass}__number`}>{t('newsroom:royaltyViews')}</th>
                    <th className={`${baseClass}__number`}>{t('newsroom:royaltyLines')}</th>
                    <th className={`${baseClass}__number`}>{t('newsroom:royaltyAmount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.person.key}>
                      <td>{row.person.name}</td>
                      <td>
                        {kindKeys[row.person.kind] ? t(kindKeys[row.person.kind]) : row.person.kind}
                      </td>
                      <td className={`${baseClass}__number`}>{number.format(row.articles)}</td>
                      <td>
                        {row.roles
                          .map((role) =>
                            bylineRoleWords[role]
                              ? getTranslation(bylineRoleWords[role].label, i18n)
                              : role,
                          )
                          .join(', ')}
                      </td>
                      <td className={`${baseClass}__number`}>{number.format(row.views)}</td>
                      <td className={`${baseClass}__number`}>{number.format(row.royaltyLines)}</td>
                      <td className={`${baseClass}__number`}>{money(row.royaltyTotal)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className={`${baseClass}__total`}>
                    {/* Articles and views are not summed: an article shared by two people would count twice. */}
                    <td colSpan={5}>
                      {t('newsroom:royaltyTotal', { count: number.format(rows.length) })}
                    </td>
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
