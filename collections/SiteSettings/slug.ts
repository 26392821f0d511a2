/** The installation's defaults for what every portal prints (collections/Sites/settingsFields.ts). */
export const SITE_SETTINGS = 'site-settings'
