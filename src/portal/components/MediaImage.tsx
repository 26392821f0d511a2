import { browserAddress } from '../api/apiAddress'
import type { PortalMedia } from '../types'

/**
 * A picture from the media library at the size a place needs, with its alt text from the
 * library. Sizes fall back to the original when the library has no smaller copy.
 */
export const MediaImage = ({
  media,
  size,
  className,
  isPriority = false,
}: {
  media: PortalMedia
  size: 'thumbnail' | 'card' | 'large'
  className?: string
  isPriority?: boolean
}) => {
  const chosen = media.sizes?.[size]?.url ? media.sizes[size] : media
  const src = browserAddress(chosen?.url)
  if (!src) return null
  return (
    // Payload already made the sizes (thumbnail, card, large): next/image would resize them again.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={media.alt ?? ''}
      width={chosen?.width ?? undefined}
      height={chosen?.height ?? undefined}
      className={className}
      loading={isPriority ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
