import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { idOf } from '@/lib/idOf'
import type { SiteLanguage } from '@/sites/siteLanguages'
import { printedCaption } from '@plugins/newsroom'

import { browserAddress } from '../api/apiAddress'
import { portalWords } from '../i18n/words'
import type { PortalMedia } from '../types'
import { MediaImage } from './MediaImage'

type LexicalState = NonNullable<Parameters<typeof RichText>[0]['data']>

/**
 * A photo with its caption and credit ("… Ảnh: Thành Tâm", in English "… Photo: Thành Tâm"),
 * or an audio clip with a player.
 */
export const MediaFigure = ({
  media,
  caption,
  credit,
  label,
  language = 'vi',
}: {
  media: PortalMedia
  caption?: string | null
  credit?: string | null
  /** Printed as it is under an audio player that has no caption of its own. */
  label?: string
  /** The article's language, which the credit's word follows. */
  language?: SiteLanguage
}) => {
  const printed = printedCaption(
    {
      caption: caption || media.caption,
      credit: credit || media.credit,
      mimeType: media.mimeType,
    },
    language,
  )
  if (media.mimeType?.startsWith('audio/')) {
    return (
      <figure className="figure figure--audio">
        <audio controls preload="none" src={browserAddress(media.url)} aria-label={media.alt}>
          <a href={browserAddress(media.url)}>{portalWords[language].downloadAudio}</a>
        </audio>
        {printed || label ? <figcaption>{printed || label}</figcaption> : null}
      </figure>
    )
  }
  return (
    <figure className="figure">
      <MediaImage media={media} size="large" />
      {printed ? <figcaption>{printed}</figcaption> : null}
    </figure>
  )
}

/** The body's photos and audio carry their own caption and credit (the upload's fields). */
const convertersIn =
  (language: SiteLanguage): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    upload: ({ node }) => {
      const { value, fields } = node as SerializedUploadNode & {
        fields?: { caption?: string | null; credit?: string | null }
      }
      if (!value || typeof value !== 'object') return null
      return (
        <MediaFigure
          media={value as unknown as PortalMedia}
          caption={fields?.caption}
          credit={fields?.credit}
          language={language}
        />
      )
    },
  })

const converters = { vi: convertersIn('vi'), en: convertersIn('en') }

/** Whether the body places this photo itself (uploads are top-level nodes of a Lexical body). */
export const bodyShowsMedia = (body: unknown, media: PortalMedia): boolean =>
  (
    (body as { root?: { children?: { type?: string; value?: unknown }[] } } | null)?.root
      ?.children ?? []
  ).some((node) => node.type === 'upload' && idOf(node.value) === media.id)

/** An article's Lexical body as HTML, rendered on the server, credits in its language. */
export const ArticleBody = ({
  body,
  language = 'vi',
}: {
  body: unknown
  language?: SiteLanguage
}) =>
  body ? (
    <RichText
      className="article__body"
      data={body as LexicalState}
      converters={converters[language]}
    />
  ) : null
