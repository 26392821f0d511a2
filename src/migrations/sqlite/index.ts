import * as migration_20261201_115636_initial from './20261201_115636_initial'
import * as migration_20261201_121152_read_cache_generation from './20261201_121152_read_cache_generation'
import * as migration_20261201_130954_site_settings_seo_webhooks_comments_presets from './20261201_130954_site_settings_seo_webhooks_comments_presets'

export const migrations = [
  {
    up: migration_20261201_115636_initial.up,
    down: migration_20261201_115636_initial.down,
    name: '20261201_115636_initial',
  },
  {
    up: migration_20261201_121152_read_cache_generation.up,
    down: migration_20261201_121152_read_cache_generation.down,
    name: '20261201_121152_read_cache_generation',
  },
  {
    up: migration_20261201_130954_site_settings_seo_webhooks_comments_presets.up,
    down: migration_20261201_130954_site_settings_seo_webhooks_comments_presets.down,
    name: '20261201_130954_site_settings_seo_webhooks_comments_presets',
  },
]
