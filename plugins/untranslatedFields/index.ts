import type {
  CollectionBeforeReadHook,
  Config,
  Field,
  GlobalBeforeReadHook,
  PayloadRequest,
  Plugin,
  TextField,
} from 'payload'

import { untranslatedPaths, type FallbackLocale } from './untranslatedPaths'

export type UntranslatedFieldsOptions = {
  /**
   * The virtual field listing, on each read, the localized fields answered in the fallback locale.
   * @default 'untranslatedFields'
   */
  fieldName?: string
}

const hasLocalizedField = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized === true) ||
      ('fields' in field && hasLocalizedField(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedField(tab.fields))),
  )

const pathsFor =
  (req: PayloadRequest, fields: Parameters<typeof untranslatedPaths>[0]['fields']) =>
  (doc: Record<string, unknown>) =>
    req.payload.config.localization && req.locale && req.locale !== 'all'
      ? untranslatedPaths({
          fields,
          doc,
          locale: req.locale,
          fallbackLocale: req.fallbackLocale as FallbackLocale,
        })
      : []

/**
 * Says which localized values a read answered in another locale: every collection and global
 * with a localized field gets a read-only virtual field (`untranslatedFields: ["name"]` for a
 * category read with `locale=en` that has no English name yet), so a front end can tell a
 * Vietnamese fallback from an English text. Payload's own fallback leaves no trace: it replaces
 * the missing value in its afterRead step, so the paths are taken before, from the stored
 * document with all its locales.
 */
export const untranslatedFieldsPlugin =
  (options: UntranslatedFieldsOptions = {}): Plugin =>
  (config: Config): Config => {
    const fieldName = options.fieldName ?? 'untranslatedFields'
    const field: TextField = {
      name: fieldName,
      type: 'text',
      hasMany: true,
      virtual: true,
      label: { vi: 'Trường chưa dịch', en: 'Untranslated fields' },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    }
    const collectionHook: CollectionBeforeReadHook = ({ doc, req, collection }) => ({
      ...doc,
      [fieldName]: pathsFor(req, collection.flattenedFields)(doc),
    })
    const globalHook: GlobalBeforeReadHook = ({ doc, req, global }) => ({
      ...doc,
      [fieldName]: pathsFor(req, global.flattenedFields)(doc),
    })
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        hasLocalizedField(collection.fields)
          ? {
              ...collection,
              fields: [...collection.fields, field],
              hooks: {
                ...collection.hooks,
                beforeRead: [...(collection.hooks?.beforeRead ?? []), collectionHook],
              },
            }
          : collection,
      ),
      globals: (config.globals ?? []).map((global) =>
        hasLocalizedField(global.fields)
          ? {
              ...global,
              fields: [...global.fields, field],
              hooks: {
                ...global.hooks,
                beforeRead: [...(global.hooks?.beforeRead ?? []), globalHook],
              },
            }
          : global,
      ),
    }
  }
