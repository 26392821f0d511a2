import * as migration_20261201_115636_initial from './20261201_115636_initial';

export const migrations = [
  {
    up: migration_20261201_115636_initial.up,
    down: migration_20261201_115636_initial.down,
    name: '20261201_115636_initial'
  },
];
