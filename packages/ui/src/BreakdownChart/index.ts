export { BreakdownChart } from './BreakdownChart';
export type { BreakdownChartProps } from './BreakdownChart';
export { bucketLabel } from './labels';
export type { BreakdownBucket, BreakdownBy, BreakdownMetric, BreakdownSort } from './types';
