-- Journalkit core: tenants, API keys, end users, tokens, idempotency.
--
-- Tenancy model: shared tables; every tenant-owned row carries tenant_id, which leads its
-- primary key and every foreign key (ready to be distributed by tenant_id on Citus).
-- The API runs tenant work as journalkit_app, a role that owns nothing and cannot bypass
-- row-level security, inside a transaction that sets app.tenant_id. A session that never set
-- the tenant sees no rows at all (jk_current_tenant() is NULL).

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'journalkit_app') then
    create role journalkit_app nologin nobypassrls;
  end if;
exception
  -- Roles are cluster-wide: another database's migration may create it at the same moment.
  when duplicate_object or unique_violation then null;
end
$$;
-- The connecting (owner) role must be able to SET ROLE journalkit_app.
do $$
begin
  if not pg_has_role(current_user, 'journalkit_app', 'member') then
    execute format('grant journalkit_app to %I', current_user);
  end if;
end
$$;

grant usage on schema public to journalkit_app;

create function jk_current_tenant() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

create table tenants (
  id uuid primary key,
  slug text not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
  name text not null check (length(name) between 1 and 200),
  status text not null default 'active' check (status in ('active', 'suspended')),
  -- Operator-controlled limits (rate limits, quotas). Tenants cannot change these.
  limits jsonb not null default '{}'::jsonb,
  -- Tenant-controlled settings (theme, locale, metric settings, ...).
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table tenants enable row level security;
create policy tenant_self on tenants using (id = jk_current_tenant());
grant select on tenants to journalkit_app;
grant update (name, settings, updated_at) on tenants to journalkit_app;

create table api_keys (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  name text not null check (length(name) between 1 and 200),
  -- First characters of the key, shown in listings so people can tell keys apart.
  prefix text not null,
  -- SHA-256 of the whole key (keys are 256-bit random: a slow hash adds nothing).
  secret_hash text not null unique,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  primary key (tenant_id, id)
);
alter table api_keys enable row level security;
create policy tenant_isolation on api_keys
  using (tenant_id = jk_current_tenant()) with check (tenant_id = jk_current_tenant());
grant select, insert, update on api_keys to journalkit_app;

create table users (
  tenant_id uuid not null references tenants (id) on delete cascade,
  id uuid not null,
  external_id text check (length(external_id) between 1 and 255),
  email text check (length(email) between 3 and 320),
  display_name text not null check (length(display_name) between 1 and 200),
  locale text not null default 'en',
  roles text[] not null default '{member}',
  password_hash text,
  status text not null default 'active' check (status in ('active', 'disabled')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  check (roles <@ array['owner', 'admin', 'moderator', 'instructor', 'member']::text[])
);
create unique index users_external_id on users (tenant_id, external_id);
create unique index users_email on users (tenant_id, lower(email));
alter table users enable row level security;
create policy tenant_isolation on users
  using (tenant_id = jk_current_tenant()) with check (tenant_id = jk_current_tenant());
grant select, insert, update, delete on users to journalkit_app;

create table user_tokens (
  tenant_id uuid not null,
  id uuid not null,
  user_id uuid not null,
  kind text not null check (kind in ('embed', 'session')),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index user_tokens_expiry on user_tokens (expires_at);
alter table user_tokens enable row level security;
create policy tenant_isolation on user_tokens
  using (tenant_id = jk_current_tenant()) with check (tenant_id = jk_current_tenant());
grant select, insert, update, delete on user_tokens to journalkit_app;

-- Idempotency records belong to the request layer, keyed by the caller (scope) and the key
-- the caller chose. Only the API's own idempotency code reads them, never tenant queries;
-- journalkit_app has no access at all.
create table idempotency_keys (
  scope text not null,
  key text not null,
  tenant_id uuid references tenants (id) on delete cascade,
  fingerprint text not null,
  state text not null check (state in ('processing', 'complete')),
  response_status integer,
  response_headers jsonb,
  response_body text,
  created_at timestamptz not null default now(),
  locked_until timestamptz,
  primary key (scope, key)
);
create index idempotency_keys_created on idempotency_keys (created_at);
alter table idempotency_keys enable row level security;
