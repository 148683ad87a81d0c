-- Security findings of the attack on the API (issue 9): the people behind API keys, the last
-- owner under concurrency, sign-in failure limits and remembered devices.

-- 1. An API key created by a user (from the portal, or by a key that such a user created) answers
-- to that user: its effective permissions are its scopes within what the user holds now, and it
-- stops working when the user is disabled or deleted. Keys made by the operator, or by keys that
-- go back to the operator, have no owner and keep their scopes.
alter table api_keys add column owner_user_id uuid;
alter table api_keys
  add constraint api_keys_owner_fk foreign key (tenant_id, owner_user_id)
  references users (tenant_id, id) on delete cascade;
create index api_keys_owner on api_keys (tenant_id, owner_user_id) where owner_user_id is not null;

-- 2. A tenant that has an active owner keeps one. Every change that takes the owner role or the
-- active status away from an active owner (or deletes one) locks the tenant's row first, so two
-- concurrent demotions run one after the other; the second then sees the first and is refused.
-- (READ COMMITTED: the count after the lock reads what the first transaction committed.)
create function jk_keep_an_owner() returns trigger
  language plpgsql
  as $$
begin
  if old.status <> 'active' or not ('owner' = any (old.roles)) then
    return coalesce(new, old);
  end if;
  if tg_op = 'UPDATE' and new.status = 'active' and 'owner' = any (new.roles) then
    return new;
  end if;
  perform 1 from tenants t where t.id = old.tenant_id for no key update;
  if not exists (
    select 1 from users u
    where u.tenant_id = old.tenant_id and u.id <> old.id and u.status = 'active' and 'owner' = any (u.roles)
  ) then
    raise exception 'a tenant keeps at least one active owner'
      using errcode = 'P0001', constraint = 'users_last_owner';
  end if;
  return coalesce(new, old);
end
$$;
create trigger users_keep_an_owner
  before update of roles, status or delete on users
  for each row execute function jk_keep_an_owner();

-- 3. Sign-in failure counters (OWASP authentication guidance): per address, per account (tenant
-- + email, known or not) and per remembered device, with growing delays. Infrastructure of the
-- sign-in layer, like idempotency_keys: the app role has no access; RLS on without a policy.
create table auth_throttle (
  key text primary key,
  failures integer not null,
  last_failure_at timestamptz not null,
  blocked_until timestamptz
);
create index auth_throttle_last_failure on auth_throttle (last_failure_at);
alter table auth_throttle enable row level security;

-- 4. Devices that signed in successfully (OWASP "device cookies"): a sign-in that presents one is
-- exempt from the account-wide lockout (it has its own counter), so an attacker failing against
-- an account cannot lock its owner out of the devices they already use.
create table sign_in_devices (
  tenant_id uuid not null,
  id uuid not null,
  user_id uuid not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index sign_in_devices_user on sign_in_devices (tenant_id, user_id);
alter table sign_in_devices enable row level security;
create policy tenant_isolation on sign_in_devices
  using (tenant_id = jk_current_tenant()) with check (tenant_id = jk_current_tenant());
grant select, insert, update, delete on sign_in_devices to journalkit_app;

-- 5. Responses that carry a secret (a new API key, a minted token) are never stored for replay:
-- only their hash exists. A replay of such a request answers 409 naming what was created.
-- Records written before this migration may hold secrets in plain text: they go.
alter table idempotency_keys add column secret_withheld boolean not null default false;
delete from idempotency_keys where response_body ~ 'jk_(sk|ut|ss|dt)_';
