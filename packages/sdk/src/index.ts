export { createJournalkitClient } from './client';
export {
  JournalkitError,
  JournalkitNetworkError,
  isJournalkitError,
  isJournalkitNetworkError,
  type FieldError,
  type ProblemError,
  type RowError,
  type Problem,
} from './errors';
export {
  parseEvent,
  readEventStream,
  subscribeToEvents,
  type EventStreamMessage,
  type JournalkitEvent,
  type SubscribeOptions,
} from './events';
export type { Middleware, MiddlewareContext } from './middleware/types';
export type { RetryOptions } from './retry';
export {
  createJournalkitServer,
  type JournalkitServer,
  type MintOptions,
  type ServerOptions,
} from './server';
export type {
  CallArgs,
  CallInit,
  CallOptions,
  ClientOptions,
  DataOf,
  ItemOf,
  JournalkitClient,
  Method,
  MethodCall,
  OperationOf,
  PaginatedPath,
  PathsFor,
  RawInit,
  ResponseData,
  TokenValue,
} from './types';
export type {
  ApiKey,
  ApiKeyList,
  ApiKeyWithSecret,
  CreateApiKeyInput,
  ListApiKeysQuery,
  ListUsersQuery,
  Me,
  MintedToken,
  Page,
  PublicTenant,
  Tenant,
  UpdateApiKeyInput,
  UpdateTenantInput,
  UpdateUserInput,
  UpsertUserInput,
  User,
  UserList,
} from './models';
export type { components, operations, paths } from './generated/schema';
