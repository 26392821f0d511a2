'use client'

import { useTranslation } from '@payloadcms/ui'

import type { AppTranslationKey, AppTranslations } from '../translations'

/** Payload's `useTranslation`, typed with the app's own keys (`toasoan:…`). */
export const useAppTranslation = () => useTranslation<AppTranslations, AppTranslationKey>()
