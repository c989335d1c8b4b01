import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['{lib,db,scripts,components}/**/*.test.ts'],
    environment: 'node',
    // `server-only` throws outside a React Server Components bundle; in unit tests it is a no-op.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-noop.ts') },
  },
});
