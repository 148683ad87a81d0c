export { FileDrop } from './FileDrop';
export type { FileDropProps } from './FileDrop';
export { formatBytes, formatOverLimit, isAccepted, validateFiles } from './validate';
export type { FileRejection, FileRejectionReason, FormatBytesOptions } from './validate';
