import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/** Next's rules and typescript-eslint, as Payload's templates run them, plus import order. */
const eslintConfig = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    ignores: [
      // Next's build folders, the security suite's own included.
      '.next*/**',
      'node_modules/',
      'data/',
      'media/',
      'tmp/',
      // Written by Payload (types, import map, migrations, the admin's route files).
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'src/app/(payload)/admin/[[...segments]]/',
      'src/app/(payload)/api/graphql-playground/route.ts',
      'src/app/(payload)/layout.tsx',
      'src/migrations/',
      'next-env.d.ts',
    ],
  },
]

export default eslintConfig
