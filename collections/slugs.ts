export const slugs = {
  articles: 'articles',
  categories: 'categories',
  media: 'media',
  meetings: 'meetings',
  officials: 'officials',
  units: 'units',
  users: 'users',
} as const
