export { Pagination } from './Pagination';
export type { CursorPaginationProps, NumberedPaginationProps, PaginationProps } from './Pagination';
export { pageItems } from './pages';
