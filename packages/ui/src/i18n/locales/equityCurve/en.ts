/** English strings of EquityCurve, registered by `useT(equityCurve)` on first render. */

export const equityCurveStrings = {
  summary_one:
    'Equity curve of {{count}} closed trade, {{from}} to {{to}}: from {{start}} to {{end}}, maximum drawdown {{drawdown}}',
  summary_other:
    'Equity curve of {{count}} closed trades, {{from}} to {{to}}: from {{start}} to {{end}}, maximum drawdown {{drawdown}}',
  tableCaption: 'Equity by closed trade',
  closed: 'Closed',
  netPnl: 'Net P&L',
  equity: 'Cumulative net P&L',
  drawdown: 'Drawdown',
  empty: 'No closed trades yet',
  loading: 'Loading equity curve',
};

export const equityCurve = { equityCurve: equityCurveStrings };
