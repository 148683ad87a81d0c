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
export { meKeys, meQueries, useMe } from './identity/me';
export {
  tenantKeys,
  tenantQueries,
  useOwnTenant,
  usePublicTenant,
  useUpdateOwnTenant,
} from './identity/tenant';
export {
  useUpdateUser,
  useUpsertUser,
  useUser,
  useUsers,
  useUsersInfinite,
  userKeys,
  userQueries,
  type UpdateUserVariables,
} from './identity/users';
export {
  apiKeyKeys,
  apiKeyQueries,
  useApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  useUpdateApiKey,
} from './identity/apiKeys';
export { useSignOut } from './identity/auth';
export { useObjectUrl } from './useObjectUrl';
export {
  eventQueryKeys,
  relatedAreas,
  useLiveUpdates,
  type LiveUpdatesOptions,
  type LiveUpdatesStatus,
} from './useLiveUpdates';
export {
  accountKeys,
  accountQueries,
  useAccount,
  useAccounts,
  useArchiveAccount,
  useCreateAccount,
  useUnarchiveAccount,
  useUpdateAccount,
} from './journal/accounts';
export {
  analyticsKeys,
  analyticsQueries,
  useAnalyticsSummary,
  useBreakdown,
  useDailyResults,
  useEquityCurve,
} from './journal/analytics';
export {
  attachmentKeys,
  attachmentQueries,
  useAddAttachment,
  useAttachment,
  useDeleteAttachment,
  type AddAttachmentVariables,
  type DeleteAttachmentVariables,
} from './journal/attachments';
export {
  entryKeys,
  entryQueries,
  useDeleteJournalEntry,
  useJournalEntries,
  useJournalEntry,
  useSaveDayJournal,
  type SaveDayJournalVariables,
} from './journal/entries';
export {
  importKeys,
  importQueries,
  useImport,
  useImportFile,
  useImports,
  type ImportFileVariables,
} from './journal/imports';
export {
  tradeKeys,
  tradeQueries,
  useSaveTradeJournal,
  useTrade,
  useTradeJournal,
  useTrades,
  useTradesInfinite,
  type SaveTradeJournalVariables,
} from './journal/trades';
