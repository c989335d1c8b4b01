import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The reader's wing never loads the back office's code (DESIGN.md, "Layout").
    files: ['app/(site)/**', 'components/post/**', 'components/comments/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/components/admin/*', '@/components/editor/*', '@/app/admin/*'], message: 'Reader pages must not import back-office code.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**']),
]);
