'use client'

import { Button, toast, useAuth, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { User } from '@/payload-types'
import type { AppTranslationKey, AppTranslations } from '@/translations'

/** A password nobody will ever see: the person chooses theirs through the invitation. */
const unguessablePassword = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The users edit view's invitation: on an account an admin creates, the password fields go
 * (Payload's form requires them, so they carry an unguessable value) and a note says an email
 * will follow; on an existing account an admin may send the invitation again.
 */
export const InvitationField = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { t } = useTranslation<AppTranslations, AppTranslationKey>()
  const [isSending, setIsSending] = useState(false)

  const password = useField<string>({ path: 'password' })
  const confirmation = useField<string>({ path: 'confirm-password' })
  // An account created by someone logged in. The first account ("create first user") has no one
  // to invite it: whoever creates it types its password here, and it must stay theirs.
  const isInvitation = !id && Boolean(user)
  // Again whenever the form's state drops them (it is rebuilt from the server on changes).
  useEffect(() => {
    if (!isInvitation || (password.value && password.value === confirmation.value)) return
    const value = unguessablePassword()
    password.setValue(value, true)
    confirmation.setValue(value, true)
  }, [isInvitation, password, confirmation])

  if (!id && !user) return null
  if (!id) {
    return (
      <div className="toasoan-invitation">
        {/* Payload renders the password fields before ours; on create they are not needed. */}
        <style>{'.auth-fields__changing-password { display: none; }'}</style>
        <p className="field-description">{t('toasoan:invitationOnCreate')}</p>
      </div>
    )
  }
  if (!user?.roles?.includes('admin')) return null

  const resend = async () => {
    setIsSending(true)
    try {
      const response = await fetch(`/api/users/${id}/invitation`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? String(response.status))
      toast.success(body.message ?? t('toasoan:resendInvitation'))
    } catch (error) {
      toast.error(t('toasoan:invitationFailed', { message: (error as Error).message }))
    } finally {
      setIsSending(false)
    }
  }
  return (
    <div className="toasoan-invitation">
      <Button buttonStyle="secondary" size="medium" disabled={isSending} onClick={resend}>
        {t('toasoan:resendInvitation')}
      </Button>
    </div>
  )
}
