'use client'

import { useEffect, useRef } from 'react'

/**
 * Counts one view of the article on the API's counter when a reader opens it: once per page
 * load (the ref survives React's development double effects), never during a preview.
 */
export const ViewCounter = ({ endpoint }: { endpoint: string }) => {
  const hasCounted = useRef(false)
  useEffect(() => {
    if (hasCounted.current) return
    hasCounted.current = true
    void fetch(endpoint, { method: 'POST', keepalive: true }).catch(() => undefined)
  }, [endpoint])
  return null
}
