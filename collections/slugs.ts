export const slugs = {
  articles: 'articles',
  categories: 'categories',
  media: 'media',
  meetings: 'meetings',
  officials: 'officials',
  sites: 'sites',
  units: 'units',
  users: 'users',
} as const
