import type { QueryOf, SchemaOf } from './types';

/** One page of a list: `{data, nextCursor}`. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

// Identity and tenants: names for the contract's schemas (generated, never written by hand).
export type Me = SchemaOf<'Me'>;
export type Tenant = SchemaOf<'Tenant'>;
export type PublicTenant = SchemaOf<'PublicTenant'>;
export type User = SchemaOf<'User'>;
export type UserList = Page<User>;
/** A role a user holds: `owner`, `admin`, `moderator`, `instructor` or `member`. */
export type Role = SchemaOf<'Role'>;
/** A permission (`resource:action`): what a key is scoped to and a caller holds (`Me['permissions']`). */
export type Permission = SchemaOf<'Permission'>;
export type ApiKey = SchemaOf<'ApiKey'>;
/** The answer to creating a key: the key with its secret, shown once. */
export type ApiKeyWithSecret = SchemaOf<'ApiKeyWithSecret'>;
export type ApiKeyList = Page<ApiKey>;
export type MintedToken = SchemaOf<'MintedToken'>;
export type UpsertUserInput = SchemaOf<'UpsertUserInput'>;
export type UpdateUserInput = SchemaOf<'UpdateUserInput'>;
/** A tenant's changes to itself (`PATCH /v1/tenant`). */
export type UpdateTenantInput = SchemaOf<'UpdateTenantInput'>;
export type CreateApiKeyInput = SchemaOf<'CreateApiKeyInput'>;
export type UpdateApiKeyInput = SchemaOf<'UpdateApiKeyInput'>;
/** Query parameters of `GET /v1/users`. */
export type ListUsersQuery = QueryOf<'listUsers'>;
/** Query parameters of `GET /v1/api-keys`. */
export type ListApiKeysQuery = QueryOf<'listApiKeys'>;
