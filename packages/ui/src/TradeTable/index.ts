export { TradeTable, tradeTableColumnIds } from './TradeTable';
export type { TradeTableColumnId, TradeTableProps } from './TradeTable';
export { PnlValue } from './PnlValue';
export type { PnlValueProps } from './PnlValue';
export { toNumber } from './types';
export type { JournalTrade } from './types';
