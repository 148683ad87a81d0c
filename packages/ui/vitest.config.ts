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
    // Type tests (*.test-d.ts) run through tsc: contract.test-d.ts pins the UI's lists to the API's.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
