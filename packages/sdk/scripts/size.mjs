#!/usr/bin/env node
// Size budget, measured in one run (min+gzip, esbuild, peers excluded; see .size-limit.cjs):
// the core client must stay within 1.2 × openapi-fetch's own size. Also reports the whole core
// entry and the React entry. Builds first. Usage: pnpm --filter @journalkit/sdk size
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATIO = 1.2;
const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
try {
  execFileSync('pnpm', ['run', 'build'], { cwd: pkgDir, stdio: 'pipe' });
} catch (error) {
  process.stderr.write(String(error.stderr ?? error));
  process.exit(1);
}
const results = JSON.parse(
  execFileSync('pnpm', ['exec', 'size-limit', '--json'], { cwd: pkgDir, encoding: 'utf8' }),
);
const size = (name) => {
  const found = results.find((r) => r.name === name);
  if (!found) throw new Error(`size-limit did not report "${name}"`);
  return found.size;
};

const baseline = size('openapi-fetch (baseline)');
const core = size('core client');
const budget = Math.floor(baseline * RATIO);
for (const r of results) console.log(`${r.name.padEnd(50)} ${String(r.size).padStart(6)} B`);
console.log(
  `\ncore client ${core} B = ${(core / baseline).toFixed(2)} × openapi-fetch; budget ${RATIO} × = ${budget} B`,
);
if (core > budget) {
  console.error(`Size budget exceeded by ${core - budget} B.`);
  process.exit(1);
}
