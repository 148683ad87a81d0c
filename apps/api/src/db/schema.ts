import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables (see migrations/). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  status: Generated<'active' | 'suspended'>;
  limits: Json<TenantLimits>;
  settings: Json<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TenantLimits {
  /** Requests a minute for each end user. */
  userRequestsPerMinute?: number;
  /** Requests a minute for each API key. */
  apiKeyRequestsPerMinute?: number;
}

export interface ApiKeysTable {
  tenant_id: string;
  id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface UsersTable {
  tenant_id: string;
  id: string;
  external_id: string | null;
  email: string | null;
  display_name: string;
  locale: Generated<string>;
  roles: string[];
  password_hash: string | null;
  status: Generated<'active' | 'disabled'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTokensTable {
  tenant_id: string;
  id: string;
  user_id: string;
  kind: 'embed' | 'session';
  token_hash: string;
  created_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  tenant_id: string | null;
  fingerprint: string;
  state: 'processing' | 'complete';
  response_status: number | null;
  response_headers: Json<Record<string, string>> | null;
  response_body: string | null;
  created_at: Timestamp;
  locked_until: Date | null;
}

export interface DB {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  user_tokens: UserTokensTable;
  idempotency_keys: IdempotencyKeysTable;
}
