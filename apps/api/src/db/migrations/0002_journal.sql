-- The journal: broker accounts, executions (fills), trades built from them, journal entries
-- with screenshots, and import jobs. Tenant-owned like everything else: tenant_id leads every
-- key, row-level security on every table.

create table accounts (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  user_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  broker text not null check (length(broker) between 1 and 100),
  -- The account's number at the broker (IBKR ClientAccountID, NinjaTrader Account).
  broker_account text,
  currency text not null check (currency ~ '^[A-Z0-9]{3,10}$'),
  timezone text not null default 'UTC',
  starting_balance numeric(24, 8),
  -- Source order across imports: each import or pushed batch takes the next number.
  batch_counter bigint not null default 0,
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index accounts_user on accounts (tenant_id, user_id);

create table executions (
  tenant_id uuid not null,
  account_id uuid not null,
  -- The broker's id, or a hash where the format has none (journal.md).
  broker_execution_id text not null,
  executed_at timestamptz not null,
  -- Tie-break for equal executed_at: batch number × 10^9 + line in the source.
  seq bigint not null,
  symbol text not null,
  asset_class text not null,
  side text not null check (side in ('buy', 'sell')),
  quantity numeric not null check (quantity > 0),
  price numeric not null,
  fees numeric not null,
  multiplier numeric not null,
  currency text not null,
  realized_pnl numeric,
  unvalued_fee_amount numeric,
  unvalued_fee_asset text,
  import_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, account_id, broker_execution_id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade
);
create index executions_instrument on executions (tenant_id, account_id, asset_class, symbol, executed_at, seq);

create table trades (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  symbol text not null,
  asset_class text not null,
  currency text not null,
  multiplier numeric not null,
  direction text not null check (direction in ('long', 'short')),
  status text not null check (status in ('open', 'closed')),
  opened_at timestamptz not null,
  closed_at timestamptz,
  quantity numeric not null,
  entry_price numeric not null,
  exit_price numeric,
  gross_pnl numeric,
  fees numeric not null,
  net_pnl numeric,
  holding_seconds numeric,
  pnl_source text not null default 'prices',
  -- The executions that opened and closed it (a flip: this trade's close opens the next).
  open_execution_id text not null,
  close_execution_id text,
  -- Order key of the last leg, for rebuilding from the first affected execution on.
  last_executed_at timestamptz not null,
  last_seq bigint not null,
  -- [{executionId, executedAt, side, quantity, price, fees, effect}] after any flip split.
  legs jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade
);
-- Equity order per account and currency, covering what the summary sums: analytics reads closed
-- trades in this order with an index-only scan, no sort and no heap access.
create index trades_equity_order on trades (tenant_id, account_id, currency, closed_at, opened_at, id)
  include (net_pnl, gross_pnl, fees, holding_seconds)
  where status = 'closed';
create index trades_account_opened on trades (tenant_id, account_id, opened_at desc, id desc);
create index trades_instrument on trades (tenant_id, account_id, asset_class, symbol, opened_at);

create table journal_entries (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  user_id uuid not null,
  -- A trade entry (trade_id set) or a day entry (day set).
  trade_id uuid,
  day date,
  -- What re-attaches a trade entry when trades are rebuilt: (instrument, openedAt).
  instrument text,
  opened_at timestamptz,
  body text not null default '',
  tags text[] not null default '{}',
  setup text,
  mistakes text[] not null default '{}',
  emotion text,
  rating smallint check (rating between 1 and 5),
  initial_stop numeric,
  initial_risk numeric check (initial_risk > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade,
  check ((trade_id is null) <> (day is null))
);
create unique index journal_entries_trade on journal_entries (tenant_id, trade_id) where trade_id is not null;
create unique index journal_entries_day on journal_entries (tenant_id, account_id, day) where day is not null;
create index journal_entries_tags on journal_entries using gin (tags);

create table attachments (
  tenant_id uuid not null,
  id uuid not null,
  entry_id uuid not null,
  filename text not null,
  content_type text not null,
  size integer not null,
  data bytea not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, entry_id) references journal_entries (tenant_id, id) on delete cascade
);
create index attachments_entry on attachments (tenant_id, entry_id);

create table imports (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  user_id uuid,
  format text not null,
  source text not null default 'file' check (source in ('file', 'push', 'connector')),
  filename text,
  size_bytes bigint,
  dry_run boolean not null default false,
  status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
  total_bytes bigint,
  processed_bytes bigint not null default 0,
  rows_read integer not null default 0,
  inserted integer not null default 0,
  duplicates integer not null default 0,
  skipped integer not null default 0,
  trades_affected integer not null default 0,
  warnings jsonb not null default '[]'::jsonb,
  errors jsonb not null default '[]'::jsonb,
  error_count integer not null default 0,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade
);
create index imports_account on imports (tenant_id, account_id, id desc);

-- Broker connectors (live sync by polling a broker API).
create table connectors (
  tenant_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  kind text not null,
  -- Connector settings, secrets included (token): never returned by the API.
  settings jsonb not null,
  interval_minutes integer not null default 60 check (interval_minutes between 5 and 1440),
  enabled boolean not null default true,
  last_run_at timestamptz,
  last_status text,
  last_error text,
  next_run_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade
);
create index connectors_due on connectors (next_run_at) where enabled;

do $$
declare t text;
begin
  foreach t in array array['accounts', 'executions', 'trades', 'journal_entries', 'attachments', 'imports', 'connectors']
  loop
    execute format('alter table %I enable row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = jk_current_tenant()) with check (tenant_id = jk_current_tenant())',
      t);
    execute format('grant select, insert, update, delete on %I to journalkit_app', t);
  end loop;
end
$$;
