// The journal e2e's data: the broker sample imported through the UI, and a large account pushed
// through the API for the trades list to page through.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestApi } from './api';
import { portalRoot } from './browser';

const fixtures = path.resolve(portalRoot, '../api/test/fixtures/brokers');
/** The broker sample imported through the UI, and what the engine's own tests expect of it. */
export const sample = {
  file: path.join(fixtures, 'tradovate-1.csv'),
  expected: JSON.parse(readFileSync(path.join(fixtures, 'tradovate-1.expected.json'), 'utf8')) as {
    executions: number;
    account: { timezone: string; currency: string };
    summary: { tradeCount: number; openTradeCount: number; netPnl: number };
    trades: unknown[];
  },
};
/** The trades page asks for 100 trades at a time (TRADES_PAGE_SIZE); this account has 2½ pages. */
export const PAGED_TRADES = 250;

/**
 * An account named `name` holding PAGED_TRADES closed trades of symbol PAGE, pushed as one batch of
 * fills (like a broker bridge would). Returns its id.
 */
export async function pushPagedTrades(api: TestApi, token: string, name: string): Promise<string> {
  const created = await api.call('POST', '/v1/accounts', {
    token,
    body: { name, broker: 'bridge', currency: 'USD', timezone: 'UTC' },
  });
  expect(created.status, created.text).toBe(201);
  const start = Date.parse('2024-01-02T14:30:00Z');
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  // Trade i: buy 10 at 100, sell 10 at 100 + (125 - i)/100 → net (125 - i)/10: the oldest wins most.
  const executions = Array.from({ length: PAGED_TRADES }, (_, i) => [
    { brokerExecutionId: `B-${i}-buy`, executedAt: at(i * 10), side: 'buy', price: '100' },
    {
      brokerExecutionId: `B-${i}-sell`,
      executedAt: at(i * 10 + 5),
      side: 'sell',
      price: (100 + (125 - i) / 100).toFixed(2),
    },
  ])
    .flat()
    .map((e) => ({ ...e, symbol: 'PAGE', assetClass: 'stock', quantity: '10' }));
  const pushed = await api.call('POST', `/v1/accounts/${created.body.id}/executions`, {
    token,
    body: { executions },
  });
  expect(pushed.status, pushed.text).toBeLessThan(300);
  return created.body.id as string;
}

/** US dollars as the portal shows them in English (sign always, none on zero). */
export const money = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', signDisplay: 'exceptZero' }).format(n);
