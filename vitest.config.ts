import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: every package and app brings its own
// vitest.config.ts and is a project here. `pnpm test` (scripts/test.mjs) runs this.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'vitest.storybook.config.ts'],
    reporters: ['default', './scripts/summary-reporter.mjs'],
  },
});
