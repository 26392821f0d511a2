'use client'

import { useEffect, useState } from 'react'

import type { SiteLanguage } from '@/sites/siteLanguages'

import { portalWords } from '../i18n/words'

const STEPS = [0.875, 1, 1.125, 1.25, 1.5]
const STORAGE_KEY = 'toasoan-text-size'

/** A-/A+ (kept for the next article) and "In bài". */
export const ReaderTools = ({ language }: { language: SiteLanguage }) => {
  const words = portalWords[language]
  const [step, setStep] = useState(1)
  useEffect(() => {
    const saved = Number(window.localStorage.getItem(STORAGE_KEY))
    // The reader's saved size, known only in the browser: read after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Number.isInteger(saved) && saved >= 0 && saved < STEPS.length) setStep(saved)
  }, [])
  useEffect(() => {
    document.documentElement.style.setProperty('--article-scale', String(STEPS[step]))
    window.localStorage.setItem(STORAGE_KEY, String(step))
  }, [step])
  return (
    <div className="reader-tools" role="group" aria-label={words.readerTools}>
      <button
        type="button"
        onClick={() => setStep((current) => Math.max(0, current - 1))}
        disabled={step === 0}
      >
        A-<span className="visually-hidden">{words.smallerText}</span>
      </button>
      <button
        type="button"
        onClick={() => setStep((current) => Math.min(STEPS.length - 1, current + 1))}
        disabled={step === STEPS.length - 1}
      >
        A+<span className="visually-hidden">{words.largerText}</span>
      </button>
      <button type="button" onClick={() => window.print()}>
        {words.print}
      </button>
    </div>
  )
}
