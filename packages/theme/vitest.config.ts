import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@journalkit/source'] },
  test: { name: 'theme', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
});
