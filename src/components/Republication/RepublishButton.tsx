'use client'

import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { idOf } from '@/lib/idOf'
import type { Category, Site, User } from '@/payload-types'
import { responseErrorMessage } from '@toasoan/payload-plugin-newsroom/client'

import { useAppTranslation } from '../useAppTranslation'
import './index.scss'

type Named = { id: string; name: string }

const fetchDocs = async (path: string): Promise<Named[]> => {
  const response = await fetch(path, { credentials: 'include' })
  return response.ok ? ((await response.json()) as { docs: Named[] }).docs : []
}

/** The sites this user works on: every site for a role held everywhere, else their own sites. */
const sitesOf = (user: User | null | undefined, sites: Named[]): Named[] => {
  if (!user) return []
  if (user.roles?.length) return sites
  const own = new Set((user.sites ?? []).map((entry) => String(idOf(entry.site))))
  return sites.filter((site) => own.has(site.id))
}

/**
 * "Đăng lại" on a published article: the staff of another site pick their site (and one of its
 * categories) and get a new draft there, in their own workflow, crediting this article.
 */
export const RepublishButton = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { i18n, t } = useAppTranslation()
  const router = useRouter()
  const stage = useFormFields(([fields]) => fields.workflowStage?.value)
  const ownSite = useFormFields(([fields]) => idOf(fields.site?.value))
  const source = useFormFields(([fields]) => fields['republication.source']?.value)
  const [sites, setSites] = useState<Named[]>([])
  const [site, setSite] = useState('')
  const [categories, setCategories] = useState<Named[]>([])
  const [category, setCategory] = useState('')
  const [isSending, setIsSending] = useState(false)

  const isPublished = stage === 'published' && Boolean(id) && !source

  useEffect(() => {
    if (!isPublished) return
    void fetchDocs('/api/sites?depth=0&limit=100&sort=name&select[name]=true').then((all) => {
      const targets = sitesOf(user, all as Pick<Site, 'id' | 'name'>[]).filter(
        (candidate) => candidate.id !== String(ownSite),
      )
      setSites(targets)
      setSite((chosen) => chosen || targets[0]?.id || '')
    })
  }, [isPublished, user, ownSite])

  useEffect(() => {
    if (!site) return
    const query = new URLSearchParams({
      'where[site][equals]': site,
      depth: '0',
      limit: '200',
      sort: 'name',
      'select[name]': 'true',
    })
    void fetchDocs(`/api/categories?${query}`).then((found) =>
      setCategories(found as Pick<Category, 'id' | 'name'>[]),
    )
  }, [site])

  if (!isPublished || !sites.length) return null

  const republish = async () => {
    setIsSending(true)
    try {
      const response = await fetch(`/api/articles/${id}/republish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ site, category: category || undefined }),
      })
      if (!response.ok) {
        const message = await responseErrorMessage(response, String(response.status), i18n.language)
        toast.error(t('toasoan:republishFailed', { message }))
        return
      }
      const { doc } = (await response.json()) as { doc: { id: string } }
      toast.success(t('toasoan:republished'))
      router.push(`/admin/collections/articles/${doc.id}`)
    } finally {
      setIsSending(false)
    }
  }

  return (
    <div className="field-type republish-action">
      <p className="field-label">{t('toasoan:republish')}</p>
      <p className="field-description">{t('toasoan:republishIntro')}</p>
      <label>
        {t('toasoan:republishSite')}{' '}
        <select
          value={site}
          onChange={(event) => {
            setSite(event.target.value)
            setCategory('')
          }}
        >
          {sites.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('toasoan:republishCategory')}{' '}
        <select value={category} onChange={(event) => setCategory(event.target.value)}>
          <option value="">{t('toasoan:republishNoCategory')}</option>
          {categories.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <Button buttonStyle="secondary" size="small" disabled={isSending} onClick={republish}>
        {isSending ? t('toasoan:republishing') : t('toasoan:republish')}
      </Button>
    </div>
  )
}
