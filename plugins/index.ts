import type { Plugin } from 'payload'

import { slugs } from '../collections/slugs'
import { newsroomPlugin } from './newsroom'

export const plugins: Plugin[] = [newsroomPlugin({ collections: [slugs.articles] })]
