// Deterministic API-shaped trades (decimals as strings) for the journal components' stories and tests.
import type { JournalTrade } from '../TradeTable/types';
import type { JournalTradeDetail } from '../TradeDetail/TradeDetail';
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

/** A closed trade with three fills (scale in, close), for TradeDetail. */
export function makeJournalTradeDetail(): JournalTradeDetail {
  return {
    id: 'trade-1',
    symbol: 'EURUSD',
    currency: 'USD',
    direction: 'long',
    status: 'closed',
    openedAt: '2024-03-12T08:15:00.000Z',
    closedAt: '2024-03-12T10:02:30.000Z',
    quantity: '150000',
    entryPrice: '1.08412',
    exitPrice: '1.08655',
    fees: '7.50',
    netPnl: '357.00',
    holdingSeconds: 6450,
    rMultiple: 1.79,
    journal: { tags: ['breakout', 'London'] },
    executions: [
      e('x1', '2024-03-12T08:15:00.000Z', 'buy', '100000', '1.08400', '2.50', 'open'),
      e('x2', '2024-03-12T08:40:10.000Z', 'buy', '50000', '1.08436', '2.50', 'open'),
      e('x3', '2024-03-12T10:02:30.000Z', 'sell', '150000', '1.08655', '2.50', 'close'),
    ],
  };
}

function e(
  executionId: string,
  executedAt: string,
  side: 'buy' | 'sell',
  quantity: string,
  price: string,
  fees: string,
  effect: 'open' | 'close',
): JournalTradeDetail['executions'][number] {
  return { executionId, executedAt, side, quantity, price, fees, effect };
}
