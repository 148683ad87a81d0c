import type { paths } from './generated/schema';
import type { DataOf, OperationOf } from './types';

type JsonBody<Op> = Op extends { requestBody?: infer R }
  ? NonNullable<R> extends { content: { 'application/json': infer Body } }
    ? Body
    : never
  : never;
type BodyOf<P extends keyof paths, M extends keyof paths[P]> = JsonBody<paths[P][M]>;

/** Names for the schema's shapes, derived from the generated types (never written by hand). */
export type Me = DataOf<paths, '/v1/me'>;
export type Tenant = DataOf<paths, '/v1/tenant'>;
export type PublicTenant = DataOf<paths, '/v1/public/tenants/{slug}'>;
export type User = DataOf<paths, '/v1/users/{userId}'>;
export type UserList = DataOf<paths, '/v1/users'>;
export type ApiKey = DataOf<paths, '/v1/api-keys/{keyId}'>;
export type ApiKeyWithSecret = DataOf<paths, '/v1/api-keys', 'POST'>;
export type ApiKeyList = DataOf<paths, '/v1/api-keys'>;
export type MintedToken = DataOf<paths, '/v1/users/{userId}/tokens', 'POST'>;
export type UpsertUserInput = BodyOf<'/v1/users', 'post'>;
export type UpdateUserInput = BodyOf<'/v1/users/{userId}', 'patch'>;
export type UpdateTenantInput = BodyOf<'/v1/tenant', 'patch'>;
export type CreateApiKeyInput = BodyOf<'/v1/api-keys', 'post'>;
export type UpdateApiKeyInput = BodyOf<'/v1/api-keys/{keyId}', 'patch'>;
/** Query parameters of `GET /v1/users`. */
export type ListUsersQuery = NonNullable<OperationOf<paths, '/v1/users', 'GET'>['parameters']['query']>;
/** Query parameters of `GET /v1/api-keys`. */
export type ListApiKeysQuery = NonNullable<OperationOf<paths, '/v1/api-keys', 'GET'>['parameters']['query']>;
/** One page of a list: `{data, nextCursor}`. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
