import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Unit tests (tenant resolution, config, router, theme drafts) and the end-to-end test that builds
// the portal, starts the real API and drives Debian's Chromium. Node environment throughout.
export default defineConfig({
  resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
  test: {
    name: 'portal',
    environment: 'node',
    pool: 'forks',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
