import type { BrokerConnector } from './connector';
import type { ConnectorRow } from './connectors.repository';

/**
 * A connector row as the API answers it: settings as its kind shows them (secrets reduced to a
 * hint; none for a kind this process does not know), `running` while its claim is younger than
 * `staleSeconds`.
 */
export function toConnector(
  row: ConnectorRow,
  kind: BrokerConnector<Record<string, string>> | undefined,
  staleSeconds: number,
) {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind,
    settings: kind ? kind.redact(row.settings as Record<string, string>) : {},
    intervalMinutes: row.interval_minutes,
    enabled: row.enabled,
    running: row.running_since !== null && row.running_since.getTime() > Date.now() - staleSeconds * 1000,
    lastRunAt: row.last_run_at?.toISOString() ?? null,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextRunAt: row.next_run_at.toISOString(),
    createdAt: row.created_at.toISOString(),
  };
}
