import type { paths } from './generated/schema';
import type { DataOf, OperationOf } from './types';

type JsonBody<Op> = Op extends { requestBody?: infer R }
  ? NonNullable<R> extends { content: { 'application/json': infer Body } }
    ? Body
    : never
  : never;
type QueryOf<P extends keyof paths> =
  OperationOf<paths, P, 'GET'> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** Names for the journal's shapes, derived from the generated types (never written by hand). */
export type Account = DataOf<paths, '/v1/accounts/{accountId}'>;
export type AccountList = DataOf<paths, '/v1/accounts'>;
export type ListAccountsQuery = QueryOf<'/v1/accounts'>;
export type CreateAccountInput = JsonBody<paths['/v1/accounts']['post']>;
export type UpdateAccountInput = JsonBody<paths['/v1/accounts/{accountId}']['patch']>;

export type Trade = DataOf<paths, '/v1/trades'>['data'][number];
/** A trade with its executions. */
export type TradeDetail = DataOf<paths, '/v1/trades/{tradeId}'>;
export type TradeList = DataOf<paths, '/v1/trades'>;
export type ListTradesQuery = QueryOf<'/v1/trades'>;

export type JournalEntry = DataOf<paths, '/v1/journal-entries/{entryId}'>;
export type JournalEntryList = DataOf<paths, '/v1/journal-entries'>;
export type ListJournalEntriesQuery = QueryOf<'/v1/journal-entries'>;
/** A screenshot of an entry (its metadata; the image is `GET …/attachments/{attachmentId}`). */
export type Attachment = DataOf<paths, '/v1/journal-entries/{entryId}/attachments', 'POST'>;
/** The fields of a trade's or a day's journal entry; the ones sent are written. */
export type JournalEntryInput = JsonBody<paths['/v1/trades/{tradeId}/journal']['put']>;

export type ImportReport = DataOf<paths, '/v1/accounts/{accountId}/imports/{importId}'>;
export type ImportList = DataOf<paths, '/v1/accounts/{accountId}/imports'>;
export type ListImportsQuery = QueryOf<'/v1/accounts/{accountId}/imports'>;

/** Filters shared by the analytics operations. */
export type AnalyticsQuery = QueryOf<'/v1/analytics/summary'>;
export type AnalyticsSummary = DataOf<paths, '/v1/analytics/summary'>;
export type EquityQuery = QueryOf<'/v1/analytics/equity'>;
export type AnalyticsEquity = DataOf<paths, '/v1/analytics/equity'>;
export type AnalyticsDaily = DataOf<paths, '/v1/analytics/daily'>;
export type BreakdownQuery = QueryOf<'/v1/analytics/breakdown'>;
export type AnalyticsBreakdown = DataOf<paths, '/v1/analytics/breakdown'>;
