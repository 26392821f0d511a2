/**
 * A JSON answer as the tests read it: many shapes, each checked by the assertions that read it
 * (`expect(...).toBe…`) rather than by a type. The one place tests opt out of type checking.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any
