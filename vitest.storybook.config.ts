// Renders every story in headless Chromium (Debian's /usr/bin/chromium; never downloads a browser)
// and runs its play function and axe: with `a11y.test: 'error'` in .storybook/preview.tsx, any
// accessibility violation fails the run. Project name `storybook` in the root vitest projects.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
  resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
  optimizeDeps: {
    // Pre-bundle once up front instead of discovering deps mid-run (which reloads the page).
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'styled-components',
      '@journalkit/ui > i18next',
      '@journalkit/ui > react-i18next',
      '@journalkit/ui > radix-ui',
      '@journalkit/ui > react-markdown',
    ],
  },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
    // One Chromium; story files run in its tabs (workers follow vitest's default for the machine).
    testTimeout: 20_000,
  },
});
