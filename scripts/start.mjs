#!/usr/bin/env node
// `pnpm start`: the API on embedded PGlite (persisted in .data/) with the demo tenant seeded,
// plus the hosted portal, then prints where everything is and how to sign in.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const API_PORT = process.env.PORT ?? '4000';
const PORTAL_PORT = process.env.PORTAL_PORT ?? '5173';
const API_URL = `http://127.0.0.1:${API_PORT}`;
// Local development only; set your own JOURNALKIT_PLATFORM_KEY anywhere else.
const PLATFORM_KEY = process.env.JOURNALKIT_PLATFORM_KEY ?? 'jk_platform_local_development_only';

const children = [];
function start(name, args, env) {
  const child = spawn('pnpm', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      process.stderr.write(`\n${name} exited (${signal ?? code}); stopping.\n`);
      stop(typeof code === 'number' && code !== 0 ? code : 1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function stop(code = 0) {
  shuttingDown = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

start('API', ['--filter', '@journalkit/api', 'start'], {
  PORT: API_PORT,
  JOURNALKIT_SEED_DEMO: process.env.JOURNALKIT_SEED_DEMO ?? 'true',
  JOURNALKIT_PLATFORM_KEY: PLATFORM_KEY,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const hasPortal = existsSync('apps/reference-portal/index.html');
if (hasPortal) {
  start(
    'Portal',
    ['--filter', '@journalkit/reference-portal', 'dev', '--port', PORTAL_PORT, '--strictPort'],
    {
      VITE_JOURNALKIT_API_URL: API_URL,
    },
  );
}

if (!(await waitFor(`${API_URL}/readyz`, 120_000))) {
  process.stderr.write('The API did not become ready within 2 minutes.\n');
  stop(1);
} else {
  if (hasPortal) await waitFor(`http://127.0.0.1:${PORTAL_PORT}/`, 60_000);
  process.stdout.write(`
  Journalkit is running.

  Portal        ${hasPortal ? `http://localhost:${PORTAL_PORT}/t/demo` : '(not built yet)'}
  API           ${API_URL}
  API docs      ${API_URL}/docs
  OpenAPI       ${API_URL}/openapi.json

  Demo tenant   demo  ("Demo Brokerage")
  Sign in       demo@journalkit.dev / demo-password   (owner)
                trader@journalkit.dev / demo-password (member)
  API key       jk_sk_demo_local_development_only_000000000000
  Platform key  ${PLATFORM_KEY}

  Data is kept in apps/api/.data/ (delete it to start over). Ctrl-C stops everything.
`);
}
