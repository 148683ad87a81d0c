/** English strings of TradeTable, registered by `useT(tradeTable)` on first render. */

export const tradeTableStrings = {
  label: 'Trades',
  symbol: 'Symbol',
  side: 'Side',
  long: 'Long',
  short: 'Short',
  opened: 'Opened',
  closed: 'Closed',
  open: 'Open',
  qty: 'Qty',
  entry: 'Entry',
  exit: 'Exit',
  pnl: 'Net P&L',
  r: 'R',
  tags: 'Tags',
};

export const tradeTable = { tradeTable: tradeTableStrings };
