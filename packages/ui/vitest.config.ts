import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages are consumed from source (`@journalkit/source` export condition).
  resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
  test: {
    name: 'ui',
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', '../../eslint-rules/**/*.test.js'],
  },
});
