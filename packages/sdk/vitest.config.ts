import { defineConfig } from 'vitest/config';

// Client tests run in node against the real API (apps/api/test/harness: Fastify on loopback with
// embedded PGlite); hook tests opt into jsdom per file. Type tests (*.test-d.ts) run through tsc.
export default defineConfig({
  resolve: { conditions: ['@journalkit/source'] },
  test: {
    name: 'sdk',
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    pool: 'forks',
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
