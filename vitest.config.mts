import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // `server-only` throws outside a React Server Components bundle; in unit tests it is a no-op.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-noop.ts') },
    projects: [
      // Modules and services, against a real SQLite file where they touch the database.
      { extends: true, test: { name: 'unit', include: ['{lib,db,scripts,components,bench}/**/*.test.ts'], environment: 'node' } },
      // Client components as a person uses them: rendered into happy-dom, found by role and label.
      {
        extends: true,
        test: {
          name: 'components',
          include: ['components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['lib/testing/component-setup.ts'],
        },
      },
    ],
  },
});
