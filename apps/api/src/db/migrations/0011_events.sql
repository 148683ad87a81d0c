-- Events of every area, kept for a while (issue 10; src/modules/events/): a stream reconnecting
-- with Last-Event-ID gets what it missed, on any API process.
--
-- Ids count up per tenant, one by one, with no holes: the next id is taken by bumping the
-- tenant's row in event_counters, whose lock the writing transaction holds until it commits, so
-- the tenant's events commit in id order. A reader that has seen id n has seen every committed
-- event up to n: it reads `id > n` and never misses one that commits later with a smaller id.
create table event_counters (
  tenant_id uuid primary key references tenants (id) on delete cascade,
  -- The tenant's last event id (0: none yet). Never goes back, even when old events are purged.
  last_id bigint not null check (last_id >= 0)
);
select jk_tenant_table('event_counters', 'select, insert, update');

create table events (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id bigint not null check (id > 0),
  -- Who hears it (auth/access.ts canHearTopic): 'tenant', 'user:<id>', '<resource>:<id>'.
  topic text not null check (topic = 'tenant' or topic ~ '^[a-z][a-z0-9_-]*:[^\s]+$'),
  type text not null,
  -- The event's JSON exactly as streams send it (key order kept: text, not jsonb).
  data text not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
-- Append-only for the app role; the retention purge runs as the owner across tenants.
select jk_tenant_table('events', 'select, insert');
create index events_created_at on events (created_at);
