/**
 * Compares two contracts once their names are resolved (`$ref`s inlined, `$id` and schema titles
 * dropped): operation by operation, and the rest of the document outside `components.schemas`.
 * For a change that should only name or rename schemas, it must print nothing but "same".
 *
 *   pnpm --filter @journalkit/api openapi:diff <before> [after]
 *
 * `before` and `after` are files, or git revisions whose apps/api/openapi.json is read
 * (`HEAD~1`); `after` defaults to the working tree's apps/api/openapi.json. Exits 1 on a difference.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareResolved } from '../test/contract/dereference';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.join(here, '..', 'openapi.json');

function load(source: string) {
  if (existsSync(source)) return JSON.parse(readFileSync(source, 'utf8'));
  const text = execFileSync('git', ['show', `${source}:apps/api/openapi.json`], {
    cwd: here,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text);
}

const [before, after = committed] = process.argv.slice(2);
if (!before) {
  process.stderr.write('usage: openapi:diff <before file or git revision> [after]\n');
  process.exit(2);
}
const found = compareResolved(load(before), load(after));
process.stdout.write(found.length ? `${found.join('\n')}\n` : 'same\n');
process.exit(found.length ? 1 : 0);
