-- Bulk import and analytics speed, found by bench/ (1M executions, 1M trades on PostgreSQL 15).
--
-- 1. Byte-order ("C") collation for the text columns inside journal indexes: broker execution
--    ids, symbols, asset classes. They are identifiers, not prose; under the database's default
--    (libc) collation every index comparison called strcoll, which made inserting executions
--    about twice as slow. Tickers sort in ASCII order, which is what traders expect anyway.
alter table executions
  alter column broker_execution_id type text collate "C",
  alter column symbol type text collate "C",
  alter column asset_class type text collate "C";
alter table trades
  alter column symbol type text collate "C",
  alter column asset_class type text collate "C",
  alter column open_execution_id type text collate "C",
  alter column close_execution_id type text collate "C";
alter table journal_entries
  alter column instrument type text collate "C";

-- 2. Row-level security policies evaluate the tenant once per statement (an InitPlan) instead of
--    once per row: `(select jk_current_tenant())`. Same rule, same tables.
do $$
declare t text;
begin
  for t in
    select tablename from pg_policies
    where schemaname = current_schema() and policyname = 'tenant_isolation'
  loop
    execute format('drop policy tenant_isolation on %I', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = (select jk_current_tenant())) '
      'with check (tenant_id = (select jk_current_tenant()))',
      t);
  end loop;
end
$$;
drop policy tenant_self on tenants;
create policy tenant_self on tenants using (id = (select jk_current_tenant()));

-- 3. Trade legs are read whole by the API and never queried inside: `json` (validated text)
--    instead of `jsonb` (decomposed into a binary tree on every write, three times the cost).
alter table trades alter column legs type json using legs::json;
-- ...and slimmer: a leg keeps its execution id, its share of the quantity and fees (a flip splits
-- an execution in two legs) and its effect; time, side and price are read from the execution.
update trades set legs = (
  select coalesce(json_agg(json_strip_nulls(json_build_object(
           'executionId', l ->> 'executionId', 'quantity', l ->> 'quantity', 'fees', l ->> 'fees',
           'effect', l ->> 'effect', 'realizedPnl', l ->> 'realizedPnl')) order by n), '[]'::json)
  from json_array_elements(legs) with ordinality as x(l, n));

-- 4. Trades by opening time ascending (a backward scan serves newest-first): new trades arrive in
--    ascending order and append at the index's right edge; a descending index took every insert
--    at its left edge and split pages half-empty.
drop index trades_account_opened;
create index trades_account_opened on trades (tenant_id, account_id, opened_at, id);

-- 5. Executions and trades reference their account through statement-level triggers instead of
--    foreign keys. A foreign key checks every inserted row with its own query (2.5 s of a 300k-row
--    insert, more than the insert itself); the trigger checks each statement's distinct accounts
--    once, over its transition table, with the same lock (FOR KEY SHARE) and the same error
--    (foreign_key_violation). Deleting an account deletes its executions and trades, as the
--    foreign keys' ON DELETE CASCADE did.
alter table executions drop constraint executions_tenant_id_account_id_fkey;
alter table trades drop constraint trades_tenant_id_account_id_fkey;

create function jk_check_account_refs() returns trigger
  language plpgsql
  as $$
declare
  missing uuid;
begin
  perform 1 from accounts a
    where (a.tenant_id, a.id) in (select distinct n.tenant_id, n.account_id from jk_new n)
    for key share of a;
  select n.account_id into missing
    from (select distinct tenant_id, account_id from jk_new) n
    where not exists (select 1 from accounts a where a.tenant_id = n.tenant_id and a.id = n.account_id)
    limit 1;
  if found then
    raise foreign_key_violation
      using message = format('insert or update on table "%s": account %s is not present in table "accounts"', tg_table_name, missing);
  end if;
  return null;
end
$$;

-- (A trigger with transition tables takes one event: one for inserts, one for updates.)
create trigger executions_account_insert after insert on executions
  referencing new table as jk_new for each statement execute function jk_check_account_refs();
create trigger executions_account_update after update on executions
  referencing new table as jk_new for each statement execute function jk_check_account_refs();
create trigger trades_account_insert after insert on trades
  referencing new table as jk_new for each statement execute function jk_check_account_refs();
create trigger trades_account_update after update on trades
  referencing new table as jk_new for each statement execute function jk_check_account_refs();

create function jk_delete_account_rows() returns trigger
  language plpgsql
  as $$
begin
  delete from executions e using jk_old o where e.tenant_id = o.tenant_id and e.account_id = o.id;
  delete from trades t using jk_old o where t.tenant_id = o.tenant_id and t.account_id = o.id;
  return null;
end
$$;

create trigger accounts_cascade after delete on accounts
  referencing old table as jk_old for each statement execute function jk_delete_account_rows();

-- 6. Summary segments (analytics/segments.ts): each UTC day of an account's closed trades per
--    currency folded into a mergeable summary, so a summary over a million trades merges a few
--    thousand rows. Maintained by the ingest; the band they were computed with is on the account.
alter table accounts add column segments_band numeric;
create table trade_segments (
  tenant_id uuid not null,
  account_id uuid not null,
  currency text collate "C" not null,
  day date not null,
  data json not null,
  primary key (tenant_id, account_id, currency, day),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id) on delete cascade
);
alter table trade_segments enable row level security;
create policy tenant_isolation on trade_segments
  using (tenant_id = (select jk_current_tenant())) with check (tenant_id = (select jk_current_tenant()));
grant select, insert, update, delete on trade_segments to journalkit_app;
