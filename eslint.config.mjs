import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The reader's wing never loads the back office's code (docs/architecture: reader and admin are
    // two wings): reader routes, the components they render, and the reader's data layer.
    files: ['app/(site)/**', 'components/{post,comments,site,search,seo,ui}/**', 'lib/reader/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/components/admin/*',
                '@/components/editor/*',
                '@/app/admin/*',
                '**/components/admin/*',
                '**/components/editor/*',
                '../admin/*',
                '../editor/*',
              ],
              message: 'Reader pages must not import back-office code.',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'db/migrations/**',
  ]),
]);
