#!/usr/bin/env node
// Release gate for the packed package, as consumers get it:
//   1. build, and `pnpm pack` (pnpm applies publishConfig: the exports without the source condition);
//   2. publint (strict) and are-the-types-wrong on the tarball;
//   3. install the tarball into a scratch project and load both entries with Node (ESM and CJS),
//      then type-check a consumer with tsc under node16 (ESM and CJS) and bundler resolution.
// Exits non-zero on the first failure. Usage: pnpm --filter @journalkit/sdk check:package
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(pkgDir, 'package.json'));
const run = (cmd, args, cwd = pkgDir) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
};

const work = mkdtempSync(join(tmpdir(), 'jk-sdk-pack-'));
try {
  run('pnpm', ['run', 'build']);
  run('pnpm', ['pack', '--pack-destination', work]);
  const tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz')),
  );

  run('pnpm', ['exec', 'publint', 'run', tarball, '--strict']);
  run('pnpm', ['exec', 'attw', tarball, '--profile', 'strict']);

  // A scratch consumer: node_modules/@journalkit/sdk from the tarball, peers from this workspace.
  const consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', '@journalkit', 'sdk');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  if (JSON.stringify(packed.exports).includes('@journalkit/source')) {
    throw new Error('the packed exports still carry the @journalkit/source condition');
  }
  const peer = (name) => {
    const from = realpathSync(dirname(require.resolve(`${name}/package.json`)));
    const to = join(consumer, 'node_modules', name);
    mkdirSync(dirname(to), { recursive: true });
    symlinkSync(from, to, 'dir');
  };
  for (const name of ['react', '@tanstack/react-query', 'openapi-typescript-helpers', '@types/react'])
    peer(name);

  const expectCore = [
    'createJournalkitClient',
    'createJournalkitServer',
    'isJournalkitError',
    'subscribeToEvents',
  ];
  const expectReact = ['JournalkitProvider', 'useMe', 'userQueries', 'useLiveUpdates', 'useUpdateUser'];
  const check = (label, core, react) => {
    const missing = [
      ...expectCore.filter((n) => typeof core[n] !== 'function' && typeof core[n] !== 'object'),
    ];
    missing.push(...expectReact.filter((n) => !(n in react)));
    if (missing.length) throw new Error(`${label}: missing exports ${missing.join(', ')}`);
    console.log(`${label}: both entries load`);
  };
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `const core = await import('@journalkit/sdk'); const react = await import('@journalkit/sdk/react');
     console.log(JSON.stringify([Object.keys(core), Object.keys(react)]));`,
  );
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const core = require('@journalkit/sdk'); const react = require('@journalkit/sdk/react');
     console.log(JSON.stringify([Object.keys(core), Object.keys(react)]));`,
  );
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const [core, react] = JSON.parse(execFileSync('node', [file], { cwd: consumer, encoding: 'utf8' }));
    check(
      `node ${file}`,
      Object.fromEntries(core.map((k) => [k, () => {}])),
      Object.fromEntries(react.map((k) => [k, 1])),
    );
  }

  const source = `import { createJournalkitClient, isJournalkitError } from '@journalkit/sdk';
import { JournalkitProvider, userQueries } from '@journalkit/sdk/react';
import { QueryClient } from '@tanstack/react-query';
const client = createJournalkitClient({ baseUrl: 'https://api.example.com' });
// The query key is branded with its data type through the packed declarations.
const cached = new QueryClient().getQueryData(userQueries.list(client).queryKey);
export const count: number | undefined = cached?.data.length;
export async function main(): Promise<string> {
  const me = await client.GET('/v1/me');
  // @ts-expect-error not an operation: the packed types are real, not any
  await client.GET('/v1/nope');
  const key: readonly unknown[] = userQueries.list(client).queryKey;
  void JournalkitProvider; void isJournalkitError; void key;
  return me.tenant.slug;
}
`;
  writeFileSync(join(consumer, 'consumer.mts'), source);
  writeFileSync(join(consumer, 'consumer.cts'), source);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }');
  const tsc = require.resolve('typescript/bin/tsc');
  const base = [
    '--noEmit',
    '--strict',
    '--skipLibCheck',
    'false',
    '--target',
    'es2022',
    '--lib',
    'es2023,dom',
  ];
  run(
    'node',
    [tsc, ...base, '--module', 'node16', '--moduleResolution', 'node16', 'consumer.mts', 'consumer.cts'],
    consumer,
  );
  run(
    'node',
    [tsc, ...base, '--module', 'esnext', '--moduleResolution', 'bundler', 'consumer.mts'],
    consumer,
  );
  console.log('\ncheck:package passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
