import { defineConfig } from 'vitest/config';

// API tests run against a real database: embedded PGlite by default, or a PostgreSQL server
// when JOURNALKIT_TEST_DATABASE_URL is set (each test file then gets its own fresh database).
export default defineConfig({
  // Workspace packages (@journalkit/theme) are read from source, as in the apps.
  resolve: { conditions: ['@journalkit/source'] },
  ssr: { resolve: { conditions: ['@journalkit/source'] } },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
