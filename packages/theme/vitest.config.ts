import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@journalkit/source', ...defaultServerConditions] },
  test: { name: 'theme', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
});
