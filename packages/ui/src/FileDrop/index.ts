export { FileDrop } from './FileDrop';
export type { FileDropProps } from './FileDrop';
export { formatBytes, isAccepted, validateFiles } from './validate';
export type { FileRejection, FileRejectionReason } from './validate';
