#!/usr/bin/env node
// Fails when src/generated/schema.ts is stale against apps/api/openapi.json: regenerates with the
// same openapi-typescript CLI and options as `pnpm generate`, into a temp file, and compares.
// (That openapi.json matches the API's route schemas is the API's own `openapi:check`.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(pkgDir, '../../apps/api/openapi.json');
const committed = join(pkgDir, 'src/generated/schema.ts');
const work = mkdtempSync(join(tmpdir(), 'jk-sdk-generated-'));
try {
  const fresh = join(work, 'schema.ts');
  execFileSync('pnpm', ['exec', 'openapi-typescript', spec, '-o', fresh], { cwd: pkgDir, stdio: 'pipe' });
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    // missing: stale by definition
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error(
      'src/generated/schema.ts is stale: apps/api/openapi.json changed.\n' +
        'Run `pnpm --filter @journalkit/sdk generate` (or `pnpm openapi` at the root) and commit the result.',
    );
    process.exit(1);
  }
  console.log('src/generated/schema.ts matches apps/api/openapi.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}
