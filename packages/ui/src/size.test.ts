// @vitest-environment node
// The size-limit budget, enforced inside `pnpm test` (CI) without a build: esbuild bundles the
// entry from source the way an app's bundler would (peers external, minified, gzipped).
// `pnpm --filter @journalkit/ui size` measures the built package with size-limit itself.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const peers = ['react', 'react-dom', 'styled-components', 'i18next', 'react-i18next'];

async function gzippedSize(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    conditions: ['@journalkit/source'],
    external: peers.flatMap((p) => [p, `${p}/*`]),
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe('bundle budgets (min+gz, peers excluded)', () => {
  it('Button with the provider stays within 10 kB', async () => {
    const size = await gzippedSize(`export { Button, JournalkitThemeProvider } from './src/index.ts';`);
    expect(size).toBeLessThanOrEqual(10_000);
  });

  it('the Button entry alone stays within 4 kB', async () => {
    expect(await gzippedSize(`export { Button } from './src/Button/index.ts';`)).toBeLessThanOrEqual(4_000);
  });

  it('Table with the provider stays within 30 kB (virtualizer included, no menu library)', async () => {
    const size = await gzippedSize(`export { Table, JournalkitThemeProvider } from './src/index.ts';`);
    expect(size).toBeLessThanOrEqual(30_000);
  });

  it('AppShell with the provider stays within 50 kB (Radix dropdown menu and dialog included)', async () => {
    const size = await gzippedSize(`export { AppShell, JournalkitThemeProvider } from './src/index.ts';`);
    expect(size).toBeLessThanOrEqual(50_000);
  });
});
