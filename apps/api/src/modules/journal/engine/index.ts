/**
 * The journal engine: broker files → executions → trades → metrics. Pure functions, no I/O.
 * See README.md in this folder for the API and the decisions behind it.
 */
export { Decimal, dec, sumDecimals, type RoundingMode } from './decimal';
export { CsvParser, readCsv, type CsvRecord } from './csv';
export { getZone, localToUtc, localParts, toIso, type Zone } from './time';
export {
  ASSET_CLASSES,
  FUTURE_MULTIPLIERS,
  canonicalFuture,
  defaultMultiplier,
  isAssetClass,
  parseFutureCode,
  parseNinjaFuture,
  type AssetClass,
} from './instruments';
export {
  FORMAT_IDS,
  type Direction,
  type DuplicateRow,
  type Execution,
  type FormatId,
  type ImportOptions,
  type ImportWarning,
  type ParseResult,
  type RowError,
  type Side,
  type SkippedRow,
  type Trade,
  type TradeLeg,
  type TradeStatus,
} from './types';
export { createImporter, isFormatId, parseBrokerFile, requiredColumns } from './import';
export type { Importer } from './import/driver';
export { GENERIC_FIELDS, canonicalFutureSymbol, type GenericField } from './import/generic';
export {
  MAPPED_TIME_FORMATS,
  createMappedImporter,
  mappingProblems,
  parseMappedCsv,
  type ColumnMapping,
  type MappedTimeFormat,
} from './import/mapping';
export {
  buildInstrumentTrades,
  buildTrades,
  compareExecutions,
  compareTrades,
  groupByInstrument,
  instrumentKey,
} from './trades/build';
// trades/rebuild.ts is not exported: it is the reference model the property test
// (trades/properties.test.ts) checks incremental building against, not a production path.
export { tradeToJson, type TradeJson } from './trades/serialize';
export { computeMetrics, computeMetricsByCurrency } from './metrics';
export { rMultiple } from './metrics/select';
export { money, moneyMean, ratio } from './metrics/aggregate';
export { HOLDING_BUCKETS } from './metrics/breakdowns';
export {
  BREAKDOWNS,
  type BreakdownBy,
  type Bucket,
  type DailyPoint,
  type EquityPoint,
  type JournalMetrics,
  type MetricsOptions,
  type MetricsSummary,
  type MetricsTrade,
  type TradeJournal,
} from './metrics/types';
