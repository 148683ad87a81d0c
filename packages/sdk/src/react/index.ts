export {
  JournalkitProvider,
  createJournalkitQueryClient,
  useJournalkit,
  useJournalkitContext,
  useJournalkitQueryClient,
  type JournalkitContextValue,
  type JournalkitProviderProps,
} from './context';
export { areaKeys, journalkitKey } from './keys';
export { mapListItems, optimistic, patch, type OptimisticPatch, type OptimisticSnapshot } from './optimistic';
export {
  factoryDefaults,
  type CursorPages,
  type JournalkitInfiniteQueryOptions,
  type JournalkitQueryOptions,
  type QueryHookOptions,
} from './options';
export { meKeys, meQueries, useMe } from './me';
export { tenantKeys, tenantQueries, useOwnTenant, usePublicTenant, useUpdateOwnTenant } from './tenant';
export {
  useUpdateUser,
  useUpsertUser,
  useUser,
  useUsers,
  useUsersInfinite,
  userKeys,
  userQueries,
  type UpdateUserVariables,
} from './users';
export {
  apiKeyKeys,
  apiKeyQueries,
  useApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  useUpdateApiKey,
} from './apiKeys';
export { useSignOut } from './auth';
export {
  eventQueryKeys,
  relatedAreas,
  useLiveUpdates,
  type LiveUpdatesOptions,
  type LiveUpdatesStatus,
} from './useLiveUpdates';
