/**
 * Not in `slugs`: the read cache empties itself on writes to every collection listed there, and
 * editors' comments never reach anonymous readers.
 */
export const EDITORIAL_COMMENTS = 'editorial-comments'
