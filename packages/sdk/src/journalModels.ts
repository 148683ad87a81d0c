import type { Page } from './models';
import type { QueryOf, SchemaOf } from './types';

// The journal: names for the contract's schemas (generated, never written by hand).
export type Account = SchemaOf<'Account'>;
export type AccountList = Page<Account>;
export type ListAccountsQuery = QueryOf<'listAccounts'>;
export type CreateAccountInput = SchemaOf<'CreateAccountInput'>;
export type UpdateAccountInput = SchemaOf<'UpdateAccountInput'>;

/** An instrument kind: `stock`, `etf`, `option`, `future`, `crypto` or `forex`. */
export type AssetClass = SchemaOf<'AssetClass'>;
/** The side of an execution: `buy` or `sell`. */
export type Side = SchemaOf<'Side'>;
/** The direction of a trade: `long` or `short`. */
export type Direction = SchemaOf<'Direction'>;
/** `open` or `closed`. */
export type TradeStatus = SchemaOf<'TradeStatus'>;
export type Trade = SchemaOf<'Trade'>;
/** A trade with its executions. */
export type TradeDetail = SchemaOf<'TradeDetail'>;
/** One leg of a trade (`TradeDetail['executions']`). */
export type TradeExecution = SchemaOf<'TradeExecution'>;
export type TradeList = Page<Trade>;
export type ListTradesQuery = QueryOf<'listTrades'>;

/** How the trader felt, as an entry is written with it. */
export type Emotion = SchemaOf<'Emotion'>;
export type JournalEntry = SchemaOf<'JournalEntry'>;
export type JournalEntryList = Page<JournalEntry>;
export type ListJournalEntriesQuery = QueryOf<'listJournalEntries'>;
/** A screenshot of an entry (its metadata; the image is `GET …/attachments/{attachmentId}`). */
export type Attachment = SchemaOf<'Attachment'>;
/** The fields of a trade's or a day's journal entry; the ones sent are written. */
export type JournalEntryInput = SchemaOf<'JournalEntryInput'>;

/** A broker file format an import reads. */
export type ImportFormat = SchemaOf<'ImportFormat'>;
export type ImportReport = SchemaOf<'ImportReport'>;
export type ImportList = Page<ImportReport>;
export type ListImportsQuery = QueryOf<'listImports'>;
/** One execution of `POST /v1/accounts/{accountId}/executions`, and the batch's answer. */
export type Execution = SchemaOf<'Execution'>;
export type PushResult = SchemaOf<'PushResult'>;

/** Filters shared by the analytics operations. */
export type AnalyticsQuery = QueryOf<'getAnalyticsSummary'>;
export type AnalyticsSummary = SchemaOf<'AnalyticsSummary'>;
export type EquityQuery = QueryOf<'getAnalyticsEquity'>;
export type AnalyticsEquity = SchemaOf<'AnalyticsEquity'>;
export type AnalyticsDaily = SchemaOf<'AnalyticsDaily'>;
/** What a breakdown groups trades by. */
export type BreakdownBy = SchemaOf<'BreakdownBy'>;
export type BreakdownQuery = QueryOf<'getAnalyticsBreakdown'>;
export type AnalyticsBreakdown = SchemaOf<'AnalyticsBreakdown'>;

/** A scheduled sync from a broker API. */
export type Connector = SchemaOf<'Connector'>;
