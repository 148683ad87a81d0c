import { setTimeout as sleep } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import type { TenantDatabase } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import { HttpProblem } from '../../lib/problems';
import type { EventBus } from '../events/eventBus';
import type { ImportsService } from '../imports/imports.service';
import { ConnectorError, type ConnectorContext } from './connector';
import type { ConnectorKinds } from './connectorKinds';
import { connectorsRepository as repo, type ConnectorRow } from './connectors.repository';

/** The broker part of a run (requests, polls, waits) ends by then. */
const RUN_TIMEOUT_MS = 120_000;

export interface ConnectorRunOptions {
  events: EventBus;
  /** Largest broker answer, bytes (the upload limit). */
  maxBytes: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Failures no user sees (the database away while a run records its result). */
  onError?: (err: unknown) => void;
}

/**
 * The runs of this process: one run fetches a claimed connector's statement from its broker,
 * imports it like an upload (ImportsService.importInto), then records how it ended on the
 * connector — only while it still holds the claim — and publishes `connector.synced`. Kept so that
 * close() can stop them (they record "interrupted") and wait for their result to be recorded.
 */
export class ConnectorRuns {
  readonly #runs = new Map<Promise<void>, AbortController>();
  #closed = false;

  constructor(
    private readonly database: TenantDatabase,
    private readonly imports: ImportsService,
    private readonly kinds: ConnectorKinds,
    private readonly options: ConnectorRunOptions,
  ) {}

  /** After close(): no run is started any more. */
  get closed(): boolean {
    return this.#closed;
  }

  /** Runs a claimed connector; resolves once its end is recorded. `outer` stops it too. */
  launch(row: ConnectorRow, outer?: AbortSignal): Promise<void> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    outer?.addEventListener('abort', abort, { once: true });
    const run = this.run(row, controller.signal)
      .catch((err) => this.report(err))
      .finally(() => {
        outer?.removeEventListener('abort', abort);
        this.#runs.delete(run);
      });
    this.#runs.set(run, controller);
    return run;
  }

  /** Stops this process's runs (they record "interrupted") and waits for them; then takes none. */
  async close() {
    this.#closed = true;
    for (const controller of this.#runs.values()) controller.abort();
    await Promise.all(this.#runs.keys());
  }

  private report(err: unknown) {
    if (this.options.onError) this.options.onError(err);
    else console.error('connector run failed', err);
  }

  private async run(row: ConnectorRow, stop: AbortSignal): Promise<void> {
    let status = 'ok';
    let error: string | null = null;
    let importId: string | undefined;
    let account: Selectable<AccountsTable> | undefined;
    const signal = AbortSignal.any([stop, AbortSignal.timeout(RUN_TIMEOUT_MS)]);
    try {
      account = await this.database.withTenant(row.tenant_id, (trx) =>
        repo.account(trx, row.tenant_id, row.account_id),
      );
      const connector = this.kinds.get(row.kind);
      const ctx: ConnectorContext = {
        fetch: this.options.fetch ?? fetch,
        signal,
        sleep: this.options.sleep ?? ((ms) => sleep(ms, undefined, { signal })),
        maxBytes: this.options.maxBytes,
      };
      const statement = await connector.fetchStatement(row.settings as Record<string, string>, ctx);
      const result = await this.imports.importInto({ tenantId: row.tenant_id, userId: null }, account, {
        source: 'connector',
        format: statement.format,
        dryRun: false,
        filename: statement.filename,
        data: statement.data,
      });
      importId = result.report.id ?? undefined;
    } catch (e) {
      ({ status, error } = outcome(e, stop, signal));
      if (status === 'error' && !(e instanceof ConnectorError) && !(e instanceof HttpProblem)) this.report(e);
    }
    // Only the run holding the claim records its result (a claim taken over as stale is not ours).
    const done = await this.database.withTenant(row.tenant_id, (trx) =>
      repo.finishRun(trx, row, { status, error }),
    );
    if (done && account) {
      this.options.events.publish(row.tenant_id, {
        type: 'connector.synced',
        accountId: done.account_id,
        userId: account.user_id,
        ids: [done.id],
        status,
        ...(importId ? { importId } : {}),
      });
    }
  }
}

/** What a failed run stores: a fixed message of ours, never content of the broker's answers. */
function outcome(e: unknown, stop: AbortSignal, signal: AbortSignal): { status: string; error: string } {
  if (stop.aborted)
    return { status: 'retrying', error: 'The sync was interrupted (the server stopped); it runs again.' };
  if (signal.aborted && !(e instanceof HttpProblem))
    return {
      status: 'retrying',
      error: `The broker did not finish within ${RUN_TIMEOUT_MS / 1000} s; it runs again soon.`,
    };
  if (e instanceof ConnectorError) return { status: e.retryable ? 'retrying' : 'error', error: e.message };
  if (e instanceof HttpProblem) {
    const errors = Array.isArray(e.extensions.errors) ? (e.extensions.errors as { line?: unknown }[]) : [];
    const count = typeof e.extensions.errorCount === 'number' ? e.extensions.errorCount : errors.length;
    const line = typeof errors[0]?.line === 'number' ? errors[0].line : undefined;
    return {
      status: 'error',
      error:
        count > 0
          ? `The statement could not be imported: ${count} row${count === 1 ? '' : 's'} cannot be read` +
            `${line === undefined ? '' : ` (the first at line ${line})`}. Check the Flex Query (Trades section, CSV).`
          : `The statement could not be imported (${e.title}).`,
    };
  }
  return { status: 'error', error: 'The sync failed on the server; it runs again at the next interval.' };
}
