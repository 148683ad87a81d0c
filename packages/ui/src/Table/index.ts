export { Table, tableVariants } from './Table';
export type { TableProps } from './Table';
export { TableColumnPicker } from './ColumnPicker';
export type { TableColumnChoice, TableColumnPickerProps } from './ColumnPicker';
export { compareValues, sortRows } from './sorting';
export type { SortDirection, TableCellContext, TableColumn, TableSort, TableValue } from './types';
