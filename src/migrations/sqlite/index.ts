import * as migration_20261201_133933_initial from './20261201_133933_initial';

export const migrations = [
  {
    up: migration_20261201_133933_initial.up,
    down: migration_20261201_133933_initial.down,
    name: '20261201_133933_initial'
  },
];
