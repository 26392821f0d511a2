import * as migration_20261201_133933_initial from './20261201_133933_initial';
import * as migration_20261201_143458_sites from './20261201_143458_sites';
import * as migration_20261201_155632_sites_languages_search from './20261201_155632_sites_languages_search';
import * as migration_20261201_181343_sites_settings_webhooks from './20261201_181343_sites_settings_webhooks';

export const migrations = [
  {
    up: migration_20261201_133933_initial.up,
    down: migration_20261201_133933_initial.down,
    name: '20261201_133933_initial',
  },
  {
    up: migration_20261201_143458_sites.up,
    down: migration_20261201_143458_sites.down,
    name: '20261201_143458_sites',
  },
  {
    up: migration_20261201_155632_sites_languages_search.up,
    down: migration_20261201_155632_sites_languages_search.down,
    name: '20261201_155632_sites_languages_search',
  },
  {
    up: migration_20261201_181343_sites_settings_webhooks.up,
    down: migration_20261201_181343_sites_settings_webhooks.down,
    name: '20261201_181343_sites_settings_webhooks'
  },
];
