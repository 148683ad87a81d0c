export { TradeDetail } from './TradeDetail';
export type { JournalExecution, JournalTradeDetail, TradeDetailProps } from './TradeDetail';
