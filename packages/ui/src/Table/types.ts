import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** The sorted column and its direction; `null` keeps the rows in the order given. */
export type TableSort = { columnId: string; direction: SortDirection } | null;

/** A value the table can sort and show without a custom `cell`. */
export type TableValue = string | number | bigint | boolean | Date | null | undefined;

export interface TableCellContext {
  /** Position of the row in the displayed (sorted) order, from 0. */
  index: number;
  selected: boolean;
}

/** One column. Allowed values and behaviour are data; the header text comes from the caller. */
export interface TableColumn<Row> {
  /** Stable id: the sort state, column choice and `data-column` use it. */
  id: string;
  /** Header content (already translated). */
  header: ReactNode;
  /** Plain-text name for the column picker when `header` is not a string. */
  label?: string;
  /** The cell's raw value: sorting uses it, and the default cell formats it. */
  value?: (row: Row) => TableValue;
  /** Custom cell content (a Tag, a coloured P&L…). Defaults to the formatted `value`. */
  cell?: (row: Row, context: TableCellContext) => ReactNode;
  /** Header becomes a sort button (needs `value` or `compare`). */
  sortable?: boolean;
  /** Custom comparison (ascending); otherwise `value` compared by type, empty values last. */
  compare?: (a: Row, b: Row) => number;
  /** First sort of this column is descending (P&L, dates: biggest or newest first). */
  sortDescendingFirst?: boolean;
  /** Numbers: aligned to the end, tabular figures, bidi-isolated. */
  numeric?: boolean;
  /** Horizontal alignment; `numeric` implies `end`. */
  align?: 'start' | 'center' | 'end';
  /** Smallest width in rem (default 8, numeric 6). */
  minWidth?: number;
  /** Share of the spare width (default 1). */
  grow?: number;
  /** Can be hidden with the column picker (default true). */
  hideable?: boolean;
  /** Hidden until chosen in the column picker. */
  defaultHidden?: boolean;
}
