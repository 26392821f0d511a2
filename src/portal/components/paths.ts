/** The portal's Vietnamese URL paths, in one place (README "For front-end developers"). */
export const paths = {
  home: '/',
  article: (slug: string) => `/tin/${slug}`,
  category: (slug: string, page = 1) =>
    page > 1 ? `/chuyen-muc/${slug}?trang=${page}` : `/chuyen-muc/${slug}`,
  day: (date: string) => `/ngay/${date}`,
  dayIndex: '/ngay',
  searchForm: '/tim-kiem',
  search: (q: string, page = 1) =>
    `/tim-kiem?q=${encodeURIComponent(q)}${page > 1 ? `&trang=${page}` : ''}`,
  meeting: (slug: string) => `/cuoc-hop/${slug}`,
  official: (slug: string) => `/can-bo/${slug}`,
  unit: (slug: string) => `/don-vi/${slug}`,
  preview: (id: string) => `/xem-truoc/${id}`,
}
