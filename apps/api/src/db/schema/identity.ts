import type { Generated } from 'kysely';
import type { Json, Timestamp } from './columns';

// Identity and tenants: Kysely's view of the area's tables (see migrations/).

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
  /** The user this key answers to (its permissions are capped by theirs); null: the operator's lineage. */
  owner_user_id: Generated<string | null>;
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

/** Devices that signed in successfully, exempt from the account-wide sign-in lockout. */
export interface SignInDevicesTable {
  tenant_id: string;
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Generated<Date>;
  last_used_at: Generated<Date>;
}

export interface IdentityTables {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  user_tokens: UserTokensTable;
  sign_in_devices: SignInDevicesTable;
}
