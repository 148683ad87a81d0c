/** English strings of Table (and TradeTable, which builds on it), registered by `useT(table)` on first render. */

export const tableStrings = {
  empty: 'Nothing to show',
  loading: 'Loading rows…',
  columns: 'Columns',
  chooseColumns: 'Choose columns',
  selectAll: 'Select all rows',
  selectRow: 'Select {{label}}',
  rowNumber: 'row {{index}}',
};

export const table = { table: tableStrings };
