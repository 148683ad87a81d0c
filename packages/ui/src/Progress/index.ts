export { Progress, progressVariants } from './Progress';
export type { ProgressProps } from './Progress';
