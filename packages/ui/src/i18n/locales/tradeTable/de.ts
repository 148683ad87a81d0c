import type { JournalkitStringOverrides } from '../../types';

/** German strings of TradeTable. */
export const tradeTable: JournalkitStringOverrides['tradeTable'] = {
  label: 'Trades',
  symbol: 'Symbol',
  side: 'Richtung',
  long: 'Long',
  short: 'Short',
  opened: 'Eröffnet',
  closed: 'Geschlossen',
  open: 'Offen',
  qty: 'Menge',
  entry: 'Einstieg',
  exit: 'Ausstieg',
  pnl: 'Netto-G/V',
  r: 'R',
  tags: 'Schlagwörter',
};
