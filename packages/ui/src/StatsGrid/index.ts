export { StatsGrid } from './StatsGrid';
export type { StatsGridProps } from './StatsGrid';
export type { AnalyticsSummary, AnalyticsSummaryMetrics } from './types';
