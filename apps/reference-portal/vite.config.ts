import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The portal is built from the workspace packages' source (`@journalkit/source` export
// condition): no package build is needed first, and a change in packages/ui shows up at once.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Third-party code in its own long-cached chunk; the portal's code changes more often.
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } },
    },
  },
});
