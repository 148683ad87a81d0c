import axeCore from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'vitest';

/**
 * jsdom has no layout, so colour contrast cannot be measured here: the theme tests check every
 * colour pair and the Storybook run checks contrast in Chromium. Everything else axe knows runs.
 */
const jsdomOptions: RunOptions = {
  rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
};

let queue: Promise<unknown> = Promise.resolve();

/** Run axe on an element (axe cannot run twice at once, so calls are serialised). */
export function axe(element: Element = document.body, options: RunOptions = {}): Promise<AxeResults> {
  const run = queue.then(() =>
    axeCore.run(element, { ...jsdomOptions, ...options, rules: { ...jsdomOptions.rules, ...options.rules } }),
  );
  queue = run.catch(() => undefined);
  return run;
}

/** Fails with a readable list of violations: rule, impact, offending nodes, help. */
export async function expectNoAxeViolations(element: Element = document.body, options?: RunOptions) {
  const { violations } = await axe(element, options);
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(report).toEqual([]);
}
