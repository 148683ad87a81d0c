-- One helper for every tenant table, so a new area's migration cannot forget a part of the wall:
--   select jk_tenant_table('spaces');                          -- select, insert, update, delete
--   select jk_tenant_table('course_events', 'select, insert'); -- an append-only table
-- enables row-level security, (re)creates the tenant policy in USING and WITH CHECK (the form
-- 0003 settled on: the tenant read once per statement), and grants the privileges to the app role.
-- The table must have a tenant_id column. src/db/rls.test.ts checks the whole catalog: every table
-- has RLS on, and every table the app role can reach has a policy naming the current tenant.
create function jk_tenant_table(tbl regclass, privileges text default 'select, insert, update, delete')
returns void language plpgsql as $$
begin
  if not exists (
    select 1 from pg_attribute where attrelid = tbl and attname = 'tenant_id' and not attisdropped
  ) then
    raise exception 'jk_tenant_table: % has no tenant_id column', tbl;
  end if;
  if privileges !~* '^\s*(select|insert|update|delete)(\s*,\s*(select|insert|update|delete))*\s*$' then
    raise exception 'jk_tenant_table: privileges must list select, insert, update or delete, not %', privileges;
  end if;
  execute format('alter table %s enable row level security', tbl);
  execute format('drop policy if exists tenant_isolation on %s', tbl);
  execute format(
    'create policy tenant_isolation on %s using (tenant_id = (select jk_current_tenant())) '
    'with check (tenant_id = (select jk_current_tenant()))', tbl);
  execute format('grant %s on %s to journalkit_app', privileges, tbl);
end
$$;

-- Infrastructure tables hold no tenant's rows for the app role: RLS on without a policy (no rows
-- even if a grant slipped in), and no privileges.
create function jk_infrastructure_table(tbl regclass) returns void language plpgsql as $$
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('revoke all on %s from journalkit_app', tbl);
end
$$;

select jk_infrastructure_table('schema_migrations');
