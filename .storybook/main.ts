import { defaultClientConditions, mergeConfig } from 'vite';
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  // Components live in packages/ui; feature packages add their globs here
  // (titles: Components/…, Journal/…, Education/…, Community/…, Admin/…).
  stories: ['../packages/ui/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages straight from source (`@journalkit/source` export condition).
      resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
    });
  },
};

export default config;
