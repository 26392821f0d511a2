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
import { EditorialComments } from './collections/EditorialComments'
import { Media } from './collections/Media'
import { Meetings } from './collections/Meetings'
import { Officials } from './collections/Officials'
import { officialTitleQuery } from './collections/Officials/graphql/officialTitleQuery'
import { readQueries } from './collections/readQueries'
import { Sites } from './collections/Sites'
import { SiteSettings } from './collections/SiteSettings'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { plugins } from './plugins'
import { isAdmin } from './src/access/isAdmin'
import { isStaff } from './src/access/isStaff'
import { databaseFromUri } from './src/database/databaseFromUri'
import { healthEndpoints } from './src/health/healthEndpoints'
import { runsJobs } from './src/health/runsJobs'
import { localization } from './src/i18n/localization'
import { importEndpoints } from './src/import/importEndpoints'
import { emailAdapter } from './src/lib/email/emailAdapter'
import { keepPublicErrorMessages } from './src/lib/keepPublicErrorMessages'
import { payloadSecret } from './src/lib/payloadSecret'
import { allowedOrigins, hasConfiguredServerURL, serverURL } from './src/lib/serverURL'
import { seedIfEmpty } from './src/seed/seedIfEmpty'
import { translations } from './src/translations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const database = databaseFromUri(process.env.DATABASE_URI)

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    // One Vietnamese form for every date Payload prints (document header, versions, lists).
    dateFormat: 'dd/MM/yyyy HH:mm',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' – Tòa soạn' },
    components: {
      graphics: {
        Logo: '/components/Branding/Logo#Logo',
        Icon: '/components/Branding/Icon#Icon',
      },
      beforeLogin: ['/components/Branding/BeforeLogin#BeforeLogin'],
      afterNavLinks: [
        '/components/ImportView/ImportNavLink#ImportNavLink',
        '/components/Calendar/CalendarNavLink#CalendarNavLink',
      ],
      views: {
        publishingCalendar: {
          Component: '/components/Calendar#CalendarView',
          path: '/lich-xuat-ban',
        },
        importLegacy: { Component: '/components/ImportView#ImportView', path: '/nhap-bai-cu' },
      },
    },
  },
  collections: [
    Articles,
    Meetings,
    Officials,
    Units,
    Categories,
    Media,
    Users,
    EditorialComments,
    Sites,
  ],
  // The app's own queries below Payload, for this database: see src/database/appDatabase.ts.
  custom: { database },
  globals: [SiteSettings],
  // One setting, SERVER_URL: absolute links in emails, and a logged-in browser's cookie honoured
  // only on requests from the site itself or an ALLOWED_ORIGINS front end (README, "Front ends").
  // Unset, Payload keeps its links relative (media too), right on whatever port the app runs.
  serverURL: hasConfiguredServerURL() ? serverURL() : undefined,
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  db: database.adapter,
  editor: lexicalEditor(),
  endpoints: [...importEndpoints, ...healthEndpoints],
  email: emailAdapter(),
  graphQL: {
    // Payload's defaults, stated: front ends get no schema dump or playground in production, and
    // a query's cost is capped.
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    queries: (GraphQL, info) => ({
      officialTitle: officialTitleQuery(GraphQL, info),
      ...readQueries(GraphQL, info),
    }),
    mutations: (GraphQL) => ({ countArticleView: countViewMutation(GraphQL) }),
  },
  // A refusal's message in production too (the minified build loses what Payload formats by).
  hooks: { afterError: [keepPublicErrorMessages] },
  // With several instances one runs the queue (see runsJobs); the newsroom plugin adds its tasks.
  // The app runs its own queue (scheduled publishing): running jobs by hand is for admins only.
  jobs: { shouldAutoRun: runsJobs, access: { run: isAdmin } },
  // The content's languages; the admin's own language (i18n below) stays each user's choice.
  localization,
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations,
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
  queryPresets: {
    access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
    constraints: {},
    // Plain strings: Payload's preset bar prints these labels without translating them
    // ("Xóa [object Object]" for a { vi, en } label).
    labels: { singular: 'bộ lọc đã lưu', plural: 'Bộ lọc đã lưu' },
  },
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
