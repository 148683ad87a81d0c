export { Dialog } from './Dialog';
export type { DialogContentProps, DialogRootProps } from './Dialog';
