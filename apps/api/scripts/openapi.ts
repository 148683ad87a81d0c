/**
 * Writes apps/api/openapi.json from the route schemas (`pnpm --filter @journalkit/api openapi`),
 * or with --check fails when the committed file differs from what the routes produce.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'openapi.json');

const config = loadConfig({ DATABASE_URL: 'memory://', LOG_LEVEL: 'silent' });
const database = await openDatabase(config);
const app = await buildApp({ config, database, logger: false });
await app.ready();
const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await database.close();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    process.stderr.write(
      'apps/api/openapi.json is stale: the route schemas changed. Run `pnpm openapi` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('apps/api/openapi.json is current\n');
} else {
  await writeFile(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
