import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApi, type TestApi } from './api';
import { buildPortal, launchChromium } from './browser';
import { serveStatic, type StaticServer } from './staticServer';

export interface RunningPortal {
  api: TestApi;
  server: StaticServer;
  /** The browser's one page. */
  page: Page;
  close(): Promise<void>;
}

/**
 * What every portal e2e file stands on: the real API (embedded PGlite) on loopback, the portal
 * built as it ships and served statically — pointed at that API at runtime through /config.js,
 * plus any `files` (logos…) — and Debian's Chromium with a fresh profile.
 */
export async function startPortal(
  files: Record<string, { type: string; body: string }> = {},
): Promise<RunningPortal> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'jk-portal-dist-'));
  const [api] = await Promise.all([startTestApi(), buildPortal(outDir)]);
  const server = await serveStatic(outDir, {
    '/config.js': {
      type: 'text/javascript',
      body: `window.__JOURNALKIT_API_URL__ = ${JSON.stringify(api.url)};`,
    },
    ...files,
  });
  const { context, page, profile } = await launchChromium();
  return {
    api,
    server,
    page,
    async close() {
      await context.close();
      await server.close();
      await api.close();
      for (const dir of [outDir, profile]) rmSync(dir, { recursive: true, force: true });
    },
  };
}
