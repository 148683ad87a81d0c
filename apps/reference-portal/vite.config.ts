import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, loadEnv } from 'vite';
import type { Plugin } from 'vite';
import { metaPolicy, serializePolicy } from './src/csp';

/**
 * Writes the Content-Security-Policy into the built index.html as the first element of `<head>`
 * (before `/config.js` and the bundle), so it holds on any static host. Build only: the dev
 * server's HMR needs inline scripts. Hosts should also send the header form (README → Security).
 */
function contentSecurityPolicy(buildApiUrl: string | undefined): Plugin {
  return {
    name: 'journalkit-portal-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const content = serializePolicy(metaPolicy(buildApiUrl)).replace(/'/g, '&#39;');
        const charset = /<meta charset="UTF-8" \/>/;
        if (!charset.test(html)) throw new Error('index.html lost its <meta charset>: the CSP goes after it');
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
        );
      },
    },
  };
}

/** `ar/signIn` for src/i18n/catalogs/ar/signIn.ts, `ar/journalkit` for src/i18n/kit/ar.ts (the kit's). */
function catalogChunk(moduleId: string | null): string | undefined {
  const file = moduleId?.replace(/\\/g, '/');
  const portal = file && /\/src\/i18n\/catalogs\/([\w-]+)\/(\w+)\.ts$/.exec(file);
  if (portal) return `${portal[1]}/${portal[2]}`;
  const kit = file && /\/src\/i18n\/kit\/([\w-]+)\.ts$/.exec(file);
  return kit ? `${kit[1]}/journalkit` : undefined;
}

// The portal is built from the workspace packages' source (`@journalkit/source` export
// condition): no package build is needed first, and a change in packages/ui shows up at once.
export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_JOURNALKIT_API_URL)],
  resolve: { conditions: ['@journalkit/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Third-party code in its own long-cached chunk; the portal's code changes more often.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
        // A string catalog's chunk names its language and namespace: assets/i18n/ar/signIn-<hash>.js.
        chunkFileNames: (chunk) => {
          const catalog = catalogChunk(chunk.facadeModuleId);
          return catalog ? `assets/i18n/${catalog}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
}));
