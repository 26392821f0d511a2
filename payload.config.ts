import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { countViewMutation } from './collections/Articles/views/countViewMutation'
import { Categories } from './collections/Categories'
import { Media } from './collections/Media'
import { Meetings } from './collections/Meetings'
import { officialTitleQuery } from './collections/Officials/graphql/officialTitleQuery'
import { Officials } from './collections/Officials'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { isAdmin } from './src/access/isAdmin'
import { plugins } from './plugins'
import { readQueries } from './src/graphql/readQueries'
import { importEndpoints } from './src/import/importEndpoints'
import { databaseAdapter } from './src/lib/databaseAdapter'
import { capturingEmailAdapter } from './src/lib/email/capturingEmailAdapter'
import { loggingEmailAdapter } from './src/lib/email/loggingEmailAdapter'
import { payloadSecret } from './src/lib/payloadSecret'
import { allowedOrigins, hasConfiguredServerURL, serverURL } from './src/lib/serverURL'
import { seedIfEmpty } from './src/seed/seedIfEmpty'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' – Tòa soạn' },
    components: {
      afterNavLinks: ['/components/ImportView/ImportNavLink#ImportNavLink'],
      views: {
        importLegacy: { Component: '/components/ImportView#ImportView', path: '/nhap-bai-cu' },
      },
    },
  },
  collections: [Articles, Meetings, Officials, Units, Categories, Media, Users],
  // One setting, SERVER_URL: absolute links in emails, and a logged-in browser's cookie honoured
  // only on requests from the site itself or an ALLOWED_ORIGINS front end (README, "Front ends").
  serverURL: serverURL(),
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  db: databaseAdapter(process.env.DATABASE_URI),
  editor: lexicalEditor(),
  endpoints: importEndpoints,
  email: process.env.EMAIL_TRANSPORT === 'capture' ? capturingEmailAdapter() : loggingEmailAdapter(),
  graphQL: {
    // Payload's defaults, stated: front ends get no schema dump or playground in production, and
    // a query's cost is capped.
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    queries: (GraphQL, info) => ({
      officialTitle: officialTitleQuery(GraphQL),
      ...readQueries(GraphQL, info),
    }),
    mutations: (GraphQL) => ({ countArticleView: countViewMutation(GraphQL) }),
  },
  // The app runs its own queue (scheduled publishing): running jobs by hand is for admins only.
  jobs: { access: { run: isAdmin } },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  onInit: async (payload) => {
    if (process.env.NODE_ENV === 'production' && !hasConfiguredServerURL()) {
      payload.logger.warn(
        `SERVER_URL is not set: emails link to ${serverURL()} and logged-in browsers are accepted from that origin only (see .env.example).`,
      )
    }
    if (process.env.NODE_ENV === 'development' && process.env.TOASOAN_SEED !== 'off') {
      await seedIfEmpty(payload)
    }
  },
  plugins,
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
