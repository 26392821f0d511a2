'use client'

import { getTranslation } from '@payloadcms/translations'

import type { ImportPlan as Plan } from '@/import/importTypes'
import type { ParsedArticle } from '@/import/parsedArticle'
import { portalDateTime } from '@/lib/portalDateTime'
import { unitKinds } from '@/options/unitKinds'
import { unitLevels } from '@/options/unitLevels'
import type { AppTranslationKey } from '@/translations'

import { useAppTranslation } from '../useAppTranslation'
import { ActionBadge, baseClass, CheckBadge, Section } from './ImportBadges'

type Caption = Extract<ParsedArticle['body'][number], { kind: 'caption' }>
const isCaption = (block: ParsedArticle['body'][number]): block is Caption =>
  block.kind === 'caption'

const roleKeys: Record<string, AppTranslationKey> = {
  text: 'toasoan:roleText',
  photo: 'toasoan:rolePhoto',
}

const number = new Intl.NumberFormat('vi-VN')

/** What saving would do: the publication, the meeting, and each official, person and unit. */
export const ImportPlan = ({
  plan,
  parsed,
  isFlagged,
}: {
  plan: Plan
  parsed: ParsedArticle
  isFlagged: (field: string) => boolean
}) => {
  const { i18n, t } = useAppTranslation()
  const labelOf = (
    options: { value: string; label: { vi: string; en: string } }[],
    value: string,
  ) => {
    const option = options.find((candidate) => candidate.value === value)
    return option ? getTranslation(option.label, i18n) : value
  }
  const captions = parsed.body.filter(isCaption)
  const paragraphs = parsed.body.filter((block) => block.kind === 'paragraph').length

  return (
    <div className={`${baseClass}__plan`}>
      <Section title={t('toasoan:publication')}>
        <dl className={`${baseClass}__facts`}>
          <dt>
            {t('toasoan:publishedAt')} {isFlagged('publishedAt') && <CheckBadge />}
          </dt>
          <dd>{parsed.publishedAt ? portalDateTime(parsed.publishedAt) : t('toasoan:none')}</dd>
          <dt>{t('toasoan:views')}</dt>
          <dd>{parsed.views === undefined ? t('toasoan:none') : number.format(parsed.views)}</dd>
          <dt>{t('toasoan:body')}</dt>
          <dd>
            {t('toasoan:bodyCounts', { paragraphs, captions: captions.length })}
            {parsed.audio.length > 0 && t('toasoan:bodyAudio', { count: parsed.audio.length })}
          </dd>
        </dl>
        {captions.length > 0 && (
          <ul className={`${baseClass}__list`} aria-label={t('toasoan:captions')}>
            {captions.map((caption, index) => (
              <li key={index}>
                {caption.text}
                {caption.credit && (
                  <span className={`${baseClass}__muted`}>
                    {' '}
                    — {t('toasoan:photoCredit', { credit: caption.credit })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {plan.meeting && (
        <Section title={t('toasoan:meeting')} flagged={isFlagged('meeting')}>
          <p>
            <ActionBadge action={plan.meeting.action} /> {plan.meeting.name}
          </p>
          <dl className={`${baseClass}__facts`}>
            <dt>
              {t('toasoan:chair')} {isFlagged('meeting.chair') && <CheckBadge />}
            </dt>
            <dd>{plan.meeting.chair ?? t('toasoan:undetermined')}</dd>
            <dt>{t('toasoan:chairTitle')}</dt>
            <dd>{plan.meeting.chairTitle || t('toasoan:undetermined')}</dd>
            <dt>
              {t('toasoan:hostUnit')} {isFlagged('meeting.hostUnit') && <CheckBadge />}
            </dt>
            <dd>{plan.meeting.hostUnit ?? t('toasoan:undetermined')}</dd>
          </dl>
        </Section>
      )}

      <Section
        title={`${t('toasoan:officials')} (${plan.officials.length})`}
        flagged={isFlagged('officials')}
      >
        {plan.officials.length ? (
          <ul className={`${baseClass}__list`} aria-label={t('toasoan:officials')}>
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
          <p className={`${baseClass}__muted`}>{t('toasoan:nothing')}</p>
        )}
      </Section>

      <Section
        title={`${t('toasoan:people')} (${plan.people.length})`}
        flagged={isFlagged('people')}
      >
        {plan.people.length ? (
          <ul className={`${baseClass}__list`} aria-label={t('toasoan:people')}>
            {plan.people.map((person) => (
              <li key={person.name}>
                <ActionBadge action={person.action} /> <strong>{person.name}</strong>
                <span className={`${baseClass}__muted`}>
                  {' '}
                  —{' '}
                  {person.collection === 'users'
                    ? t('toasoan:personUser')
                    : t('toasoan:personContributor')}
                  ,{' '}
                  {person.roles
                    .map((role) => (roleKeys[role] ? t(roleKeys[role]) : role))
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`${baseClass}__muted`}>{t('toasoan:nothing')}</p>
        )}
      </Section>

      <Section title={`${t('toasoan:units')} (${plan.units.length})`} flagged={isFlagged('units')}>
        {plan.units.length ? (
          <ul className={`${baseClass}__list`} aria-label={t('toasoan:units')}>
            {plan.units.map((unit) => (
              <li key={unit.name}>
                <ActionBadge action={unit.action} /> <strong>{unit.name}</strong>
                <span className={`${baseClass}__muted`}>
                  {' '}
                  —{' '}
                  {[...new Set([labelOf(unitKinds, unit.kind), labelOf(unitLevels, unit.level)])]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={`${baseClass}__muted`}>{t('toasoan:nothing')}</p>
        )}
      </Section>

      {plan.titleReferences.length > 0 && (
        <Section title={t('toasoan:titleReferences')} flagged={isFlagged('titleReferences')}>
          <ul className={`${baseClass}__list`} aria-label={t('toasoan:titleReferences')}>
            {plan.titleReferences.map((reference, index) => (
              <li key={index}>
                “{reference.title}” →{' '}
                {reference.official ? (
                  <strong>{reference.official}</strong>
                ) : (
                  <>
                    {t('toasoan:undetermined')} <CheckBadge />
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  )
}
