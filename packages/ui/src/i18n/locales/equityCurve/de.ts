import type { JournalkitStringOverrides } from '../../types';

/** German strings of EquityCurve. */
export const equityCurve: JournalkitStringOverrides['equityCurve'] = {
  summary_one:
    'Equity-Kurve aus {{count}} geschlossenen Trade, {{from}} bis {{to}}: von {{start}} auf {{end}}, maximaler Drawdown {{drawdown}}',
  summary_other:
    'Equity-Kurve aus {{count}} geschlossenen Trades, {{from}} bis {{to}}: von {{start}} auf {{end}}, maximaler Drawdown {{drawdown}}',
  tableCaption: 'Equity je geschlossenem Trade',
  closed: 'Geschlossen',
  netPnl: 'Netto-G/V',
  equity: 'Kumulierte Netto-G/V',
  drawdown: 'Drawdown',
  empty: 'Noch keine geschlossenen Trades',
  loading: 'Equity-Kurve wird geladen',
};
