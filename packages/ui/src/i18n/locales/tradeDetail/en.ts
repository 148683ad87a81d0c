/** English strings of TradeDetail, registered by `useT(tradeDetail)` on first render. */

export const tradeDetailStrings = {
  long: 'Long',
  short: 'Short',
  open: 'Open',
  closed: 'Closed',
  none: '—',
  netPnl: 'Net P&L',
  r: 'R multiple',
  holding: 'Holding time',
  quantity: 'Quantity',
  entryPrice: 'Entry price',
  exitPrice: 'Exit price',
  opened: 'Opened',
  closedAt: 'Closed',
  executions: 'Executions',
  time: 'Time',
  side: 'Side',
  price: 'Price',
  fees: 'Fees',
  effect: 'Open/close',
  buy: 'Buy',
  sell: 'Sell',
  opens: 'Opens',
  closes: 'Closes',
  daysHours: '{{days}} d {{hours}} h',
  hoursMinutes: '{{hours}} h {{minutes}} min',
  minutesSeconds: '{{minutes}} min {{seconds}} s',
  seconds: '{{seconds}} s',
};

export const tradeDetail = { tradeDetail: tradeDetailStrings };
