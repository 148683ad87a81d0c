// What the end-to-end files share: building the portal as it ships, Debian's Chromium through
// playwright-core (never a downloaded browser), sign-in, axe, and screenshots.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';

export const portalRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const shotsDir = path.resolve(portalRoot, '../../.tmp/portal-e2e');

/** Builds the portal into `outDir` as it ships (production mode, from the packages' source). */
export async function buildPortal(outDir: string) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production'; // vitest sets `test`; build what ships
  try {
    await build({
      root: portalRoot,
      configFile: path.join(portalRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Chromium with a fresh profile in a temporary directory (returned, to remove afterwards). */
export async function launchChromium(): Promise<{ context: BrowserContext; page: Page; profile: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'jk-portal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(shotsDir, { recursive: true });
  return { context, page, profile };
}

/** Fills and submits the sign-in form on the current page. */
export async function signIn(page: Page, email: string, password: string) {
  const form = page.locator('form');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
}

// axe-core comes with the UI kit's test tools; the portal borrows it rather than pinning its own.
const axePath = createRequire(path.resolve(portalRoot, '../../packages/ui/package.json')).resolve('axe-core');

/** Where the test's static server serves axe (same origin: the CSP allows no inline script). */
export const AXE_PATH = '/e2e/axe.min.js';
export const axeSource = () => readFileSync(axePath, 'utf8');

/** Runs axe (every rule, colour contrast included: this is a real browser) on the page. */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document.body);
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.html).join(' | ')}`,
    );
  });
  expect(violations).toEqual([]);
}

/** A full-page screenshot in .tmp/portal-e2e/<name>.png (look at them), from the top of the page. */
export async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0)); // a scrolled page's sticky header lands mid-shot
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true });
}

/** Waits until no animation runs (dialogs, toasts), so a screenshot shows the settled page. */
export const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
