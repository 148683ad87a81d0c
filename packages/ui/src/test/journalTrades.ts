// Deterministic API-shaped trades (decimals as strings) for the journal components' stories and tests.
import type { JournalTrade } from '../TradeTable/types';
import { makeTrades } from './trades';

export function makeJournalTrades(count: number, seed = 7): JournalTrade[] {
  return makeTrades(count, seed).map((s, i) => {
    const open = i % 17 === 3;
    const closed = new Date(s.opened.getTime() + (20 + (i % 90)) * 60_000);
    return {
      id: s.id,
      symbol: s.symbol,
      currency: 'USD',
      direction: s.side,
      status: open ? 'open' : 'closed',
      openedAt: s.opened.toISOString(),
      closedAt: open ? null : closed.toISOString(),
      quantity: String(s.qty),
      entryPrice: s.entry.toFixed(2),
      exitPrice: open ? null : s.exit.toFixed(2),
      fees: (s.qty * 0.01).toFixed(2),
      netPnl: open ? null : s.pnl.toFixed(2),
      holdingSeconds: open ? null : (closed.getTime() - s.opened.getTime()) / 1000,
      rMultiple: open ? null : s.r,
      journal: s.tags.length ? { tags: s.tags } : null,
    };
  });
}
