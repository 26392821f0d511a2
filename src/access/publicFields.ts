/** The most documents an anonymous client gets per page, wherever it asks. */
export const PUBLIC_MAX_LIMIT = 50

/**
 * What an anonymous visitor may read, filter and sort on, per collection: what the portal
 * prints. Every other field (workflow state, stamps, authors' accounts, import keys, contact
 * details) is for logged-in users only, and so is any field a plugin adds until it is listed
 * here. `id`, `createdAt`, `updatedAt`, `_status` and an upload's file fields are always public.
 */
export const publicFields: Record<string, string[]> = {
  articles: [
    'title',
    'slug',
    'site',
    'language',
    // The other language's version: the original of a translation, the translations of an original.
    'translationOf',
    'translations',
    'lead',
    'body',
    'featuredImage',
    'audio',
    'publishedAt',
    'publishedAtDisplay',
    'category',
    'meeting',
    'officials',
    'units',
    'views',
    // Who is credited, in what role, under which printed name: a contributor's name is public,
    // a staff account's is not (users are staff-only, so the link shows its id alone).
    'byline',
    'bylineText',
    // A republication's credit: "Nguồn: <site>", the original byline, the source's address.
    'republication.source',
    'republication.sourceSiteName',
    'republication.sourceByline',
    'republication.sourceUrl',
    // The SEO plugin's meta title, description and image: the portal's head and Open Graph tags.
    'meta',
  ],
  meetings: [
    'title',
    'slug',
    'kind',
    'startsAt',
    'partOfDay',
    'place',
    'hostUnits',
    'chair',
    'chairTitle',
    'attendingOfficials',
    'attendingUnits',
    'conclusions',
    'articles',
    'displayTitle',
  ],
  officials: ['fullName', 'slug', 'photo', 'positions', 'currentTitle', 'untranslatedFields'],
  units: [
    'name',
    'shortName',
    'kind',
    'level',
    'parent',
    'validFrom',
    'validTo',
    'successor',
    'slug',
    // Which localized values a read answered in Vietnamese (plugins/untranslatedFields).
    'untranslatedFields',
  ],
  categories: ['name', 'slug', 'parent', 'site', 'untranslatedFields'],
  sites: [
    'name',
    'slug',
    'hosts',
    'parent',
    'languages',
    'settings',
    // Which settings came from a parent site or the installation's defaults.
    'inheritedSettings',
    'untranslatedFields',
  ],
  media: ['alt', 'caption', 'credit', 'creditText', 'captionText', 'site', 'untranslatedFields'],
  contributors: ['name', 'penName', 'unit'],
  // The installation's defaults for every portal's header and footer.
  'site-settings': [
    'name',
    'logo',
    'address',
    'phone',
    'email',
    'responsibleAgency',
    'footerText',
    'untranslatedFields',
  ],
}
