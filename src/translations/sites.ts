/** The admin strings of sites, merged under the app's `toasoan` key in ./index.ts. */
export const siteStrings = {
  vi: {
    siteSwitcherAll: 'Tất cả cổng',
    inheritedSettingsIntro: 'Mục để trống đang in theo {{source}}:',
    inheritedFromParent: 'cổng cấp trên',
    inheritedFromDefaults: 'Thông tin chung các cổng',
    inheritedNothing: 'Mọi mục đều là của cổng này.',
  },
  en: {
    siteSwitcherAll: 'All sites',
    inheritedSettingsIntro: 'Empty items are printed from {{source}}:',
    inheritedFromParent: 'the parent site',
    inheritedFromDefaults: 'the sites’ common settings',
    inheritedNothing: 'Every item is this site’s own.',
  },
}
