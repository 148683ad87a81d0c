import type { ColumnType, Generated } from 'kysely';
import type { AssetClass } from '../../modules/journal/engine';
import type { Json, Timestamp } from './columns';

// The journal: Kysely's view of the area's tables (see migrations/).

export interface AccountsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  name: string;
  broker: string;
  broker_account: string | null;
  currency: string;
  timezone: Generated<string>;
  starting_balance: string | null;
  batch_counter: Generated<string>;
  /** The breakeven band the account's trade_segments were computed with; null: none are. */
  segments_band: Generated<string | null>;
  archived_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ExecutionsTable {
  tenant_id: string;
  account_id: string;
  broker_execution_id: string;
  executed_at: Date;
  seq: string;
  symbol: string;
  asset_class: AssetClass;
  side: 'buy' | 'sell';
  quantity: string;
  price: string;
  fees: string;
  multiplier: string;
  currency: string;
  realized_pnl: string | null;
  unvalued_fee_amount: string | null;
  unvalued_fee_asset: string | null;
  import_id: string | null;
  created_at: Timestamp;
  /** A broker-reported position's execution (0012, MT4): its position, effect and next ticket. */
  position_key: string | null;
  position_effect: 'open' | 'close' | null;
  position_next: string | null;
  /** The broker's comment on the row (0012). */
  note: string | null;
}

/**
 * One leg of a trade as stored: which execution, how much of it (a flip splits one execution in
 * two legs, each with its share of the fees) and its effect. Time, side and price are the
 * execution's own and are read from it.
 */
export interface TradeLegJson {
  executionId: string;
  quantity: string;
  fees: string;
  effect: 'open' | 'close';
  realizedPnl?: string;
}

export interface TradesTable {
  tenant_id: string;
  id: string;
  account_id: string;
  symbol: string;
  asset_class: AssetClass;
  currency: string;
  multiplier: string;
  direction: 'long' | 'short';
  status: 'open' | 'closed';
  opened_at: Date;
  closed_at: Date | null;
  quantity: string;
  entry_price: string;
  exit_price: string | null;
  gross_pnl: string | null;
  fees: string;
  net_pnl: string | null;
  holding_seconds: string | null;
  pnl_source: 'prices' | 'broker';
  open_execution_id: string;
  close_execution_id: string | null;
  last_executed_at: Date;
  last_seq: string;
  legs: Json<TradeLegJson[]>;
  updated_at: Timestamp;
}

export interface JournalEntriesTable {
  tenant_id: string;
  id: string;
  account_id: string;
  user_id: string;
  trade_id: string | null;
  day: ColumnType<string | null, string | null | undefined, string | null>;
  instrument: string | null;
  opened_at: Date | null;
  body: Generated<string>;
  tags: Generated<string[]>;
  setup: string | null;
  mistakes: Generated<string[]>;
  emotion: string | null;
  rating: number | null;
  initial_stop: string | null;
  initial_risk: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AttachmentsTable {
  tenant_id: string;
  id: string;
  entry_id: string;
  filename: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: Timestamp;
}

export interface ImportsTable {
  tenant_id: string;
  id: string;
  account_id: string;
  user_id: string | null;
  format: string;
  source: Generated<'file' | 'push' | 'connector'>;
  filename: string | null;
  size_bytes: string | null;
  dry_run: Generated<boolean>;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total_bytes: string | null;
  processed_bytes: Generated<string>;
  rows_read: Generated<number>;
  inserted: Generated<number>;
  duplicates: Generated<number>;
  skipped: Generated<number>;
  trades_affected: Generated<number>;
  warnings: Json<unknown[]>;
  errors: Json<unknown[]>;
  error_count: Generated<number>;
  created_at: Timestamp;
  finished_at: Date | null;
  /** Why a failed import failed: import-invalid, import-interrupted, import-failed. */
  failure_code: string | null;
}

export interface ConnectorsTable {
  tenant_id: string;
  id: string;
  account_id: string;
  kind: string;
  settings: Json<Record<string, unknown>>;
  interval_minutes: Generated<number>;
  enabled: Generated<boolean>;
  last_run_at: Date | null;
  last_status: string | null;
  last_error: string | null;
  next_run_at: Timestamp;
  created_at: Timestamp;
  /** When the run in progress started (null: none); older than the stale timeout: its process died. */
  running_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The run holding the claim: only it records its result and releases the claim. */
  run_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One UTC day of an account's closed trades in one currency, folded (analytics/segments.ts). */
export interface TradeSegmentsTable {
  tenant_id: string;
  account_id: string;
  currency: string;
  day: string;
  data: string;
}

/** A background import's file, until the import ends (0010). */
export interface ImportUploadsTable {
  tenant_id: string;
  import_id: string;
  format: string;
  mapping: Json<unknown> | null;
  data: Buffer;
}

export interface JournalTables {
  accounts: AccountsTable;
  executions: ExecutionsTable;
  trades: TradesTable;
  journal_entries: JournalEntriesTable;
  attachments: AttachmentsTable;
  imports: ImportsTable;
  import_uploads: ImportUploadsTable;
  connectors: ConnectorsTable;
  trade_segments: TradeSegmentsTable;
}
