/** Building executions by hand in tests. */
import { Decimal } from '../decimal';
import type { Execution } from '../types';

let next = 1;

export function ex(
  side: 'buy' | 'sell',
  quantity: string,
  price: string,
  more: Partial<Omit<Execution, 'quantity' | 'price' | 'side'>> & { fees?: Decimal } = {},
): Execution {
  const seq = more.seq ?? next++;
  return {
    id: more.id ?? `x${seq}`,
    executedAt: more.executedAt ?? Date.UTC(2024, 0, 2) + seq * 1000,
    symbol: 'AAPL',
    assetClass: 'stock',
    side,
    quantity: Decimal.from(quantity),
    price: Decimal.from(price),
    fees: Decimal.ZERO,
    multiplier: Decimal.ONE,
    currency: 'USD',
    line: seq,
    ...more,
    seq,
  };
}
