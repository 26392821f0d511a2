import { createRequire } from 'node:module'
import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const require = createRequire(import.meta.url)
const mongoUri = process.env.TEST_MONGODB_URI
// As plugins/seo.ts sets it for the app: @payloadcms/plugin-seo has no 3.90.2 yet, and Payload's
// version check would fail every test config that does not load that file (a foreign config).
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/** The integration suite, run once per database. */
const integration = (database: 'sqlite' | 'mongodb'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: database,
    include: ['tests/int/**/*.test.ts'],
    env: { TEST_DATABASE: database },
    setupFiles: ['tests/helpers/setupDatabase.ts'],
    // Once per run, not once per database: says which databases run and why one is skipped.
    globalSetup: database === 'sqlite' ? ['tests/helpers/announceDatabases.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

/** The adversarial suite: one running `npm run dev` for the whole folder, per database. */
const security = (database: 'sqlite' | 'mongodb'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `security-${database}`,
    include: ['tests/security/**/*.test.ts'],
    env: { TEST_DATABASE: database },
    globalSetup: ['tests/security/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  resolve: {
    alias: {
      // Vite would pick graphql's .mjs build while Payload loads the CommonJS one: two graphql
      // modules, and "Duplicate graphql modules" at schema build.
      graphql: require.resolve('graphql'),
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      // tsconfig.json's paths, for the files Vitest loads itself.
      '@/': `${path.resolve(import.meta.dirname, 'src')}/`,
      '@collections/': `${path.resolve(import.meta.dirname, 'collections')}/`,
      '@plugins/': `${path.resolve(import.meta.dirname, 'plugins')}/`,
      '@tests/': `${path.resolve(import.meta.dirname, 'tests')}/`,
    },
  },
  test: {
    // Two cores in CI: more workers than that only make each Payload start slower.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,collections,plugins}/**/*.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          // One file at a time: they start production servers, and share one `next build`.
          fileParallelism: false,
          globalSetup: ['tests/deploy/helpers/sharedBuild.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      integration('sqlite'),
      ...(mongoUri ? [integration('mongodb')] : []),
      security('sqlite'),
      ...(mongoUri ? [security('mongodb')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Each file starts `next dev`, and Next allows one dev server per project folder.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
