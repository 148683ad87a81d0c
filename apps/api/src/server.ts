import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { seedDemo } from './seed/demo';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  let report = (err: Error): unknown => process.stderr.write(`PostgreSQL connection lost: ${err.message}\n`);
  const database = await openDatabase({
    ...config,
    onConnectionError: (err) => {
      report(err);
    },
  });
  const app = await buildApp({ config, database });
  report = (err) =>
    app.log.warn({ err }, 'idle PostgreSQL connection lost (discarded; the next query reconnects)');
  app.addHook('onClose', async () => database.close());
  if (config.seedDemo) {
    const seeded = await seedDemo(database, app.services, app.log);
    if (seeded) app.log.info(seeded, 'demo tenant ready');
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // Listening only once a stop signal is handled: a SIGTERM right after start shuts down cleanly.
  await app.listen({ port: config.port, host: config.host });
}

main().catch((err) => {
  process.stderr.write(`Journalkit API failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
