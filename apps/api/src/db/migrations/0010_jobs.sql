-- Background work as jobs in the database (issue 10; src/jobs/README.md): one table every area
-- queues its work in, and one runner per API process (started by the platform area) that claims
-- due jobs with FOR UPDATE SKIP LOCKED, renews their heartbeat while they run, and takes a job
-- again when the process that claimed it is gone (its heartbeat is older than the stale window on
-- PostgreSQL; on embedded PGlite, which one process alone opens, at once), counting attempts up to
-- max_attempts and then failing it for good with a reason in last_error.
create table jobs (
  id uuid primary key,
  -- The tenant whose work this is (its handler runs inside withTenant for it); null for platform
  -- work across tenants (schedulers, maintenance). Not part of the key: a queue row is claimed
  -- across tenants by the runner, never looked up through a tenant's foreign key.
  tenant_id uuid references tenants (id) on delete cascade,
  -- '<area>.<name>', one of the kinds the areas' manifests register.
  kind text not null,
  -- At most one job per (kind, key) waits in the queue: enqueueing another while one waits does
  -- nothing (segment maintenance kicked twice, a schedule set by two processes); an import's key
  -- is its id.
  key text,
  payload jsonb not null default '{}',
  state text not null default 'queued' check (state in ('queued', 'running', 'succeeded', 'failed')),
  progress real not null default 0 check (progress >= 0 and progress <= 1),
  attempts integer not null default 0,
  max_attempts integer not null check (max_attempts >= 1),
  -- Due from then on (a retry's backoff, a schedule's next run).
  run_at timestamptz not null default now(),
  -- A schedule: when a run ends, however it ends, the same row is queued again this much later.
  repeat_seconds integer check (repeat_seconds > 0),
  -- The attempt that holds the job: a fresh id at every claim. Whatever a job writes through its
  -- tenant transactions commits only while this is still its attempt's (the job's row is locked
  -- and checked just before the commit), so an attempt taken over as dead can never also succeed.
  claim uuid,
  -- The runner (API process) of that attempt: host, pid and an instance id.
  claimed_by text,
  heartbeat_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  check ((state = 'running') = (claim is not null))
);
create index jobs_due on jobs (run_at) where state = 'queued';
create index jobs_running on jobs (heartbeat_at) where state = 'running';
create index jobs_key on jobs (kind, key) where key is not null;
create unique index jobs_waiting_key on jobs (kind, key) where state = 'queued' and key is not null;
create index jobs_finished on jobs (finished_at) where state in ('succeeded', 'failed');
-- Tenant work enqueues its job in the same transaction as its own rows (an import's record and
-- its file), and reads its state and progress, under the tenant wall; the runner works across
-- tenants as the owner.
select jk_tenant_table('jobs', 'select, insert, update');

-- A background import's file, kept until its import ends so that any API process can run it and
-- a retry (its process killed mid-way) reads it again. Removed in the transaction that records
-- the import's end.
create table import_uploads (
  tenant_id uuid not null,
  import_id uuid not null,
  format text not null,
  mapping jsonb,
  data bytea not null,
  primary key (tenant_id, import_id),
  foreign key (tenant_id, import_id) references imports (tenant_id, id) on delete cascade
);
-- Broker files are mostly CSV text that compresses well, but compressing up to 100 MB inline
-- would hold the 202 answer for seconds; stored as is, out of line.
alter table import_uploads alter column data set storage external;
select jk_tenant_table('import_uploads', 'select, insert, delete');

-- Background imports run as jobs now: the claim and heartbeat of 0008 are the job's.
drop index imports_unfinished;
alter table imports drop column claimed_by;
alter table imports drop column heartbeat_at;
