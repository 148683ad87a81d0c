import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal';
import { parseBrokerFile } from '../import';
import { mt4Statement, type Mt4Row } from '../testMt4Statement';
import type { Execution, Trade } from '../types';
import { buildInstrumentTrades, buildTrades } from './build';
import { mergeExecutions, rebuildTrades } from './rebuild';
import { tradeToJson } from './serialize';

/*
 * Trades of broker-reported positions (MT4 ticket chains, trades/positions.ts), over random
 * account histories: positions of two symbols in both directions at once (hedging), each closed
 * in parts or not at all, cut into statements at random instants — each statement holding the
 * parts closed in its period and the positions still open at its end, as MetaTrader writes them —
 * and imported in any order. The trades must be those of one statement of the whole history,
 * and those the history itself says (brokers.md `mt4`).
 */

const T0 = Date.UTC(2024, 2, 4);
const pad = (n: number) => String(n).padStart(2, '0');
function mt4Time(minute: number): string {
  const d = new Date(T0 + minute * 60_000);
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}
const lots = (n: number) => Decimal.of(n, 2).toFixed(2);
const cents = (n: number) => Decimal.of(n, 2).toFixed(2);

interface Part {
  at: number;
  lots: number;
  profit: number;
  commission: number;
  swap: number;
}
interface Position {
  symbol: 'EURUSD' | 'XAUUSD';
  side: 'buy' | 'sell';
  openAt: number;
  price: string;
  parts: Part[];
  /** Lots never closed. */
  rest: number;
}

const arbPositions = fc
  .array(
    fc.record({
      symbol: fc.constantFrom('EURUSD' as const, 'XAUUSD' as const),
      side: fc.constantFrom('buy' as const, 'sell' as const),
      openAt: fc.integer({ min: 0, max: 120 }),
      steps: fc.array(
        fc.record({
          dt: fc.integer({ min: 0, max: 90 }), // 0: closed in the minute it opened, or ties
          lots: fc.integer({ min: 1, max: 30 }),
          profit: fc.integer({ min: -20_000, max: 20_000 }),
          commission: fc.integer({ min: 0, max: 300 }),
          swap: fc.integer({ min: -150, max: 150 }),
        }),
        { maxLength: 4 },
      ),
      rest: fc.integer({ min: 0, max: 20 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) =>
    list.map((p, i): Position => {
      let at = p.openAt;
      const parts = p.steps.map((s) => ({ ...s, at: (at += s.dt) }));
      return {
        symbol: p.symbol,
        side: p.side,
        openAt: p.openAt,
        // Distinct per position: two positions never share a key (same side, time and price).
        price:
          p.symbol === 'EURUSD'
            ? Decimal.of(108_000 + i, 5).toFixed(5)
            : Decimal.of(232_000 + i, 2).toFixed(2),
        parts,
        rest: parts.length === 0 && p.rest === 0 ? 1 : p.rest,
      };
    }),
  );

/** Each position's tickets as MetaTrader numbers them: one per part, in the order things happened. */
function ticketsOf(positions: readonly Position[]): string[][] {
  const events: Array<{ at: number; p: number; part: number }> = [];
  positions.forEach((p, i) => {
    events.push({ at: p.openAt, p: i, part: -1 });
    p.parts.forEach((x, k) => events.push({ at: x.at, p: i, part: k }));
  });
  events.sort((a, b) => a.at - b.at || a.p - b.p || a.part - b.part);
  let next = 41_000_000;
  const tickets: string[][] = positions.map(() => []);
  for (const e of events) {
    const p = positions[e.p] as Position;
    const own = tickets[e.p] as string[];
    // Opening takes a ticket; a part closed while some remains gives the rest a new one.
    if (e.part === -1 || e.part < p.parts.length - 1 || p.rest > 0) own.push(String(next++));
  }
  return tickets;
}

/** The statement of the parts closed in [from, to) and of the positions open at `to`. */
function statement(positions: readonly Position[], tickets: string[][], from: number, to: number): string {
  const closed: Array<{ at: number; row: Mt4Row }> = [];
  const open: Mt4Row[] = [];
  positions.forEach((p, i) => {
    const own = tickets[i] as string[];
    const base = { openTime: mt4Time(p.openAt), type: p.side, item: p.symbol.toLowerCase(), price: p.price };
    const title = (k: number) =>
      k < own.length - 1 ? `to #${own[k + 1]}` : k > 0 ? `from #${own[k - 1]}` : undefined;
    p.parts.forEach((x, k) => {
      if (x.at < from || x.at >= to) return;
      const t = title(k);
      closed.push({
        at: x.at,
        row: {
          ...base,
          ticket: own[k] as string,
          size: lots(x.lots),
          closeTime: mt4Time(x.at),
          closePrice: p.price,
          commission: cents(-x.commission),
          swap: cents(x.swap),
          profit: cents(x.profit),
          ...(t !== undefined ? { title: t } : {}),
        },
      });
    });
    if (p.openAt >= to) return;
    const k = p.parts.findIndex((x) => x.at >= to);
    const from0 = k === -1 ? p.parts.length : k;
    const remaining = p.parts.slice(from0).reduce((n, x) => n + x.lots, 0) + p.rest;
    if (remaining === 0) return;
    open.push({
      ...base,
      ticket: own[from0] as string,
      size: lots(remaining),
      ...(from0 > 0 ? { title: `from #${own[from0 - 1]}` } : {}),
    });
  });
  closed.sort((a, b) => a.at - b.at);
  return mt4Statement(
    closed.map((c) => c.row),
    open,
  );
}

function parse(text: string): Execution[] {
  const r = parseBrokerFile('mt4', text, { timezone: 'UTC', currency: 'USD' });
  expect(r.errors).toEqual([]);
  expect(r.warnings).toEqual([]);
  return r.executions;
}

/** What the API shows of a trade (not its legs), in id order. */
const shown = (trades: readonly Trade[]) =>
  trades
    .map(tradeToJson)
    .map(({ executionIds: _ids, ...t }) => t)
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** The trades brokers.md says the history makes: one per position, Σ of its parts. */
function truth(positions: readonly Position[], tickets: string[][]) {
  return positions
    .map((p, i) => {
      const closedLots = p.parts.reduce((n, x) => n + x.lots, 0);
      const total = closedLots + p.rest;
      const closed = p.rest === 0;
      const at = (m: number) => new Date(T0 + m * 60_000).toISOString().replace('.000Z', 'Z');
      const lastAt = Math.max(...p.parts.map((x) => x.at));
      const gross = p.parts.reduce((n, x) => n + x.profit, 0);
      const fees = p.parts.reduce((n, x) => n + x.commission - x.swap, 0);
      return {
        id: `${tickets[i]![0]}-open`,
        symbol: p.symbol,
        direction: p.side === 'buy' ? 'long' : 'short',
        status: closed ? 'closed' : 'open',
        openedAt: at(p.openAt),
        closedAt: closed ? at(lastAt) : null,
        quantity: Decimal.of(total, 2).toString(),
        entryPrice: Decimal.from(p.price).toFixed(6),
        exitPrice: closed ? Decimal.from(p.price).toFixed(6) : null,
        grossPnl: closed ? cents(gross) : null,
        fees: cents(fees),
        netPnl: closed ? cents(gross - fees) : null,
        holdingSeconds: closed ? (lastAt - p.openAt) * 60 : null,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('trades of MT4 positions (ticket chains), over random histories', () => {
  it('one statement of the whole history gives one trade per position, as brokers.md computes it', () => {
    fc.assert(
      fc.property(arbPositions, (positions) => {
        const tickets = ticketsOf(positions);
        const trades = buildTrades(parse(statement(positions, tickets, -Infinity, Infinity)));
        expect(
          shown(trades).map(({ id, currency: _c, multiplier: _m, assetClass: _a, ...t }) => ({ id, ...t })),
        ).toEqual(truth(positions, tickets));
      }),
      { numRuns: 300 },
    );
  });

  it('statements of consecutive periods, imported in any order and again, give the same trades', () => {
    fc.assert(
      fc.property(
        arbPositions,
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        (positions, rawCuts, rnd) => {
          const tickets = ticketsOf(positions);
          const whole = buildTrades(parse(statement(positions, tickets, -Infinity, Infinity)));
          const cuts = [-Infinity, ...[...rawCuts].sort((a, b) => a - b), Infinity];
          const files = cuts.slice(1).map((to, i) => statement(positions, tickets, cuts[i] as number, to));
          // Any order, and the first one imported a second time at the end.
          const it = rnd[Symbol.iterator]();
          for (let i = files.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [files[i], files[j]] = [files[j] as string, files[i] as string];
          }
          files.push(files[0] as string);
          let executions: Execution[] = [];
          let trades: Trade[] = [];
          for (const [n, file] of files.entries()) {
            const merged = mergeExecutions(executions, parse(file));
            if (n === files.length - 1) expect(merged.added).toEqual([]);
            executions = merged.executions;
            trades = rebuildTrades(trades, executions, new Set(merged.added.map((e) => e.id))).trades;
          }
          expect(shown(trades)).toEqual(shown(whole));
          expect(shown(buildTrades(executions))).toEqual(shown(whole));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('positions among netted executions', () => {
  const q = Decimal.from;
  const e = (
    id: string,
    executedAt: number,
    side: Execution['side'],
    quantity: string,
    over: Partial<Execution> = {},
  ): Execution => ({
    id,
    executedAt,
    symbol: 'EURUSD',
    assetClass: 'forex',
    side,
    quantity: q(quantity),
    price: q('1.1'),
    fees: Decimal.ZERO,
    multiplier: Decimal.ONE,
    currency: 'USD',
    seq: executedAt,
    line: 1,
    ...over,
  });
  /** A position's opening and a part closed (with the broker's profit; `next` when closed to #N). */
  const opening = (id: string, at: number, side: Execution['side'], quantity: string) =>
    e(id, at, side, quantity, { position: { key: 'k', effect: 'open' } });
  const closing = (
    id: string,
    at: number,
    side: Execution['side'],
    quantity: string,
    pnl: string,
    next?: string,
  ) =>
    e(id, at, side, quantity, {
      realizedPnl: q(pnl),
      position: next === undefined ? { key: 'k', effect: 'close' } : { key: 'k', effect: 'close', next },
    });

  it('nets the executions without a position and keeps each position apart, in listing order', () => {
    const list = [
      opening('p-open', 1, 'buy', '2'),
      e('n1', 2, 'sell', '1'),
      closing('p1', 3, 'sell', '2', '5'),
      e('n2', 4, 'buy', '1', { price: q('1.0') }),
    ];
    const rows = buildInstrumentTrades(list).map((t) => [
      t.id,
      t.direction,
      t.status,
      t.pnlSource,
      t.grossPnl?.toString(),
    ]);
    expect(rows).toEqual([
      ['p-open', 'long', 'closed', 'broker', '5'],
      ['n1', 'short', 'closed', 'prices', '0.1'],
    ]);
    expect(buildTrades([...list].reverse()).map((t) => t.id)).toEqual(['p-open', 'n1']);
  });

  it('a part closed to a ticket not known yet leaves the trade open, whatever the sizes', () => {
    const first = [
      opening('a-open', 1, 'sell', '1'),
      { ...closing('a', 2, 'buy', '1', '3', 'b'), fees: q('0.5') },
    ];
    const [t] = buildTrades(first);
    expect([t?.status, t?.quantity.toString(), t?.fees.toString(), t?.grossPnl]).toEqual([
      'open',
      '1',
      '0.5',
      null,
    ]);
    // The rest, closed in a later statement that saw only it (its own opening, smaller).
    const later = [opening('b-open', 1, 'sell', '0.5'), closing('b', 5, 'buy', '0.5', '-1')];
    const [u] = buildTrades([...first, ...later]);
    expect(tradeToJson(u as Trade)).toMatchObject({
      id: 'a-open',
      status: 'closed',
      quantity: '1.5',
      grossPnl: '2.00',
      fees: '0.50',
      executionIds: ['a-open', 'b-open', 'a', 'b'],
    });
  });

  it('refuses a position without an opening (a caller bug)', () => {
    expect(() => buildTrades([closing('a', 2, 'buy', '1', '0')])).toThrow(TypeError);
  });
});
