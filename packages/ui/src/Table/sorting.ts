import type { SortDirection, TableColumn, TableSort, TableValue } from './types';

const isEmpty = (v: TableValue) =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** Ascending comparison of two cell values of one column; empty values compare as largest. */
export function compareValues(a: TableValue, b: TableValue, collator: Intl.Collator): number {
  if (isEmpty(a)) return isEmpty(b) ? 0 : 1;
  if (isEmpty(b)) return -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the sort's order (a new array; the input is never mutated). Stable, so equal values
 * keep the caller's order. Values are read once per row, which keeps 100k-row sorts fast.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  sort: TableSort,
  locale: string,
): readonly Row[] {
  if (!sort) return rows;
  const column = columns.find((c) => c.id === sort.columnId);
  if (!column || (!column.compare && !column.value)) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, i) => i);
  if (column.compare) {
    const cmp = column.compare;
    order.sort((i, j) => sign * cmp(rows[i]!, rows[j]!) || i - j);
  } else {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const values = rows.map((r) => column.value!(r));
    order.sort((i, j) => {
      const a = values[i];
      const b = values[j];
      // Empty values stay last in both directions.
      if (isEmpty(a) || isEmpty(b)) return compareValues(a, b, collator) || i - j;
      return sign * compareValues(a, b, collator) || i - j;
    });
  }
  return order.map((i) => rows[i]!);
}

/** What activating a header does: first direction → the other → unsorted. */
export function nextSort<Row>(current: TableSort, column: TableColumn<Row>): TableSort {
  const first: SortDirection = column.sortDescendingFirst ? 'descending' : 'ascending';
  const second: SortDirection = first === 'ascending' ? 'descending' : 'ascending';
  if (current?.columnId !== column.id) return { columnId: column.id, direction: first };
  if (current.direction === first) return { columnId: column.id, direction: second };
  return null;
}
