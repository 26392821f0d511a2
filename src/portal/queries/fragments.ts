/**
 * The fields every page prints of a picture or sound, of an article in a list and of a meeting in
 * a list. GraphQL
 * refuses a document with an unused fragment: add `mediaFragment` alone only where media are
 * selected without article lists (`articleListFragment` brings it).
 */
export const mediaFragment = /* GraphQL */ `
  fragment PortalMedia on Media {
    id
    alt
    caption
    credit
    creditText
    captionText
    url
    width
    height
    mimeType
    sizes {
      thumbnail {
        url
        width
        height
      }
      card {
        url
        width
        height
      }
      large {
        url
        width
        height
      }
    }
  }
`

export const articleListFragment = /* GraphQL */ `
  ${mediaFragment}
  fragment ArticleListItem on Article {
    id
    title
    slug
    language
    lead
    publishedAt
    publishedAtDisplay
    views
    bylineText
    category {
      id
      name
      slug
    }
    featuredImage {
      ...PortalMedia
    }
  }
`

export const meetingListFragment = /* GraphQL */ `
  fragment MeetingListItem on Meeting {
    id
    title
    slug
    kind
    startsAt
    partOfDay
    place
    chairTitle
    chair {
      id
      fullName
      slug
    }
  }
`
