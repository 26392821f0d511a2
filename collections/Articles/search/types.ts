import type { Payload } from 'payload'

export type SearchPageArgs = {
  payload: Payload
  /** The folded query words: each one or more of a–z and 0–9, see foldText. */
  words: string[]
  offset: number
  limit: number
}

/** The ids of one page of published matches, best first, and how many match in all. */
export type SearchPage = { ids: string[]; totalDocs: number }
