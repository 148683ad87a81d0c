#!/usr/bin/env node
// `pnpm test`: every check a change must pass, in the order that fails fastest.
//   1. the contract: apps/api/openapi.json and the SDK's generated types are not stale
//   2. format (prettier) and lint (eslint, zero warnings)
//   3. typecheck of every package, and the published packages' release gates (size, publint, attw)
//   4. every test of every package (vitest projects), closing with "Tests: N passed, N failed"
// Pass --tests-only to run step 4 alone; extra args go to vitest.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const testsOnly = args.includes('--tests-only');
const vitestArgs = args.filter((a) => a !== '--tests-only' && a !== '--');

const steps = [
  ['contract: openapi.json is current', 'pnpm', ['--silent', '--filter', '@journalkit/api', 'openapi:check']],
  ['contract: SDK types are current', 'pnpm', ['--silent', '--filter', '@journalkit/sdk', 'generate:check']],
  ['format', 'pnpm', ['exec', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'pnpm', ['exec', 'eslint', '.', '--max-warnings', '0']],
  ['typecheck', 'pnpm', ['-r', '--workspace-concurrency', '2', 'typecheck']],
  // Release gates of the published packages: size budgets and the packed package as consumers get it.
  ['SDK size budget (≤ 1.2 × openapi-fetch)', 'pnpm', ['--silent', '--filter', '@journalkit/sdk', 'size']],
  [
    'SDK package (publint, are-the-types-wrong)',
    'pnpm',
    ['--silent', '--filter', '@journalkit/sdk', 'check:package'],
  ],
  [
    'UI size budgets (built: Button + provider ≤ 10 kB)',
    'sh',
    [
      '-c',
      'pnpm --silent --filter @journalkit/theme build && pnpm --silent --filter @journalkit/ui build && pnpm --silent --filter @journalkit/ui size',
    ],
  ],
];

const failed = [];
if (!testsOnly) {
  for (const [name, cmd, cmdArgs] of steps) {
    const started = Date.now();
    process.stdout.write(`\n▶ ${name}\n`);
    const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status !== 0) {
      failed.push(name);
      process.stdout.write(`✗ ${name} failed (${secs}s)\n`);
    } else process.stdout.write(`✓ ${name} (${secs}s)\n`);
  }
}
process.stdout.write('\n▶ tests\n');
const r = spawnSync('pnpm', ['exec', 'vitest', 'run', ...vitestArgs], { stdio: 'inherit' });
if (r.status !== 0) failed.push('tests');
if (failed.length) {
  process.stdout.write(`\nFailed steps: ${failed.join(', ')}\n`);
  process.exit(1);
}
