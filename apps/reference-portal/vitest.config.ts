import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Unit tests (tenant resolution, config, router, theme drafts) and the end-to-end test that builds
// the portal, starts the real API and drives Debian's Chromium. Node environment throughout.
// The tests run in Node, so Node's conditions (as packages/theme's config): the workspace packages
// resolve to their source, not to a dist/ that may be stale or not built yet.
export default defineConfig({
  resolve: { conditions: ['@journalkit/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@journalkit/source', ...defaultServerConditions] } },
  test: {
    name: 'portal',
    environment: 'node',
    pool: 'forks',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
