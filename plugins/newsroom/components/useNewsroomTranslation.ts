'use client'

import { useTranslation } from '@payloadcms/ui'

import type { NewsroomTranslationKeys, NewsroomTranslations } from '../translations'

/** Payload's `useTranslation`, typed with the plugin's own keys (`newsroom:…`). */
export const useNewsroomTranslation = () =>
  useTranslation<NewsroomTranslations, NewsroomTranslationKeys>()
