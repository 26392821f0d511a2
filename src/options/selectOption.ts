/** A select option with its label in both admin languages: one source for collections and views. */
export type SelectOption<Value extends string> = { value: Value; label: { vi: string; en: string } }
