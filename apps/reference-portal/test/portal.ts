import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { headerPolicy, serializePolicy } from '../src/csp';
import { startTestApi, type TestApi } from './api';
import { AXE_PATH, axeSource, buildPortal, launchChromium } from './browser';
import { serveStatic, type StaticServer } from './staticServer';

export interface RunningPortal {
  api: TestApi;
  server: StaticServer;
  /** The browser's one page. */
  page: Page;
  close(): Promise<void>;
}

export interface StartPortalOptions {
  /** The API's environment (`JOURNALKIT_UPLOAD_LIMIT`, …). */
  apiEnv?: Record<string, string>;
  /** Hostname → tenant slug, written into /config.js (`localhost` reaches the same server). */
  hosts?: Record<string, string>;
}

/**
 * What every portal e2e file stands on: the real API (embedded PGlite) on loopback, the portal
 * built as it ships and served statically — pointed at that API at runtime through /config.js,
 * plus any `files` (logos…) — and Debian's Chromium with a fresh profile. The static server sends
 * the Content-Security-Policy header a host should send (src/csp.ts, naming the API's exact
 * origin), on top of the meta policy in the built index.html: every e2e runs under both.
 */
export async function startPortal(
  files: Record<string, { type: string; body: string }> = {},
  { apiEnv = {}, hosts }: StartPortalOptions = {},
): Promise<RunningPortal> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'jk-portal-dist-'));
  const [api] = await Promise.all([startTestApi(apiEnv), buildPortal(outDir)]);
  const config = [
    `window.__JOURNALKIT_API_URL__ = ${JSON.stringify(api.url)};`,
    ...(hosts ? [`window.__JOURNALKIT_HOSTS__ = ${JSON.stringify(hosts)};`] : []),
  ].join('\n');
  const server = await serveStatic(
    outDir,
    {
      '/config.js': { type: 'text/javascript', body: config },
      // axe for expectAccessible, same-origin: the policy refuses inline scripts, injected ones too.
      [AXE_PATH]: { type: 'text/javascript', body: axeSource() },
      ...files,
    },
    { headers: { 'content-security-policy': serializePolicy(headerPolicy({ apiOrigin: api.url })) } },
  );
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
