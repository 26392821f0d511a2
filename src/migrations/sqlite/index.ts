import * as migration_20261201_115636_initial from './20261201_115636_initial';
import * as migration_20261201_121152_read_cache_generation from './20261201_121152_read_cache_generation';

export const migrations = [
  {
    up: migration_20261201_115636_initial.up,
    down: migration_20261201_115636_initial.down,
    name: '20261201_115636_initial',
  },
  {
    up: migration_20261201_121152_read_cache_generation.up,
    down: migration_20261201_121152_read_cache_generation.down,
    name: '20261201_121152_read_cache_generation'
  },
];
