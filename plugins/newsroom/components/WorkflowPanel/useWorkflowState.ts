'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { responseErrorMessage } from '../responseErrorMessage'
import { useNewsroomTranslation } from '../useNewsroomTranslation'
import type { WorkflowState } from './types'

/** The document's workflow state from the server, loaded now and again on `load()`. */
export const useWorkflowState = (workflowURL: string | undefined) => {
  const { i18n, t } = useNewsroomTranslation()
  const [state, setState] = useState<WorkflowState>()
  const [loadError, setLoadError] = useState<string>()
  // Only the latest request may set the state: an older answer can arrive after a newer one.
  const latest = useRef(0)

  const load = useCallback(async () => {
    if (!workflowURL) return
    const request = ++latest.current
    try {
      const response = await fetch(workflowURL, { credentials: 'include', cache: 'no-store' })
      if (request !== latest.current) return
      if (!response.ok) {
        setLoadError(
          await responseErrorMessage(
            response,
            t('newsroom:failed', { status: response.status }),
            i18n.language,
          ),
        )
        return
      }
      const body = (await response.json()) as WorkflowState
      if (request !== latest.current) return
      setState(body)
      setLoadError(undefined)
    } catch {
      if (request === latest.current) setLoadError(t('newsroom:network'))
    }
  }, [workflowURL, i18n.language, t])

  useEffect(() => {
    // The panel's state on opening, and again when the document changes.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  return { state, loadError, load }
}
