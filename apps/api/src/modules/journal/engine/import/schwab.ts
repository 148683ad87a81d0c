import { Decimal } from '../decimal';
import { occOption, type AssetClass } from '../instruments';
import { localToUtc, utcWall, validWall, type Zone } from '../time';
import type { Side } from '../types';
import { Cells } from './cells';
import type { ExecutionDraft } from './context';
import type { FormatSpec } from './driver';
import { NewestFirstRows } from './newestFirst';

/** Actions that are executions, and their side. */
const ACTIONS: Readonly<Record<string, Side>> = {
  buy: 'buy',
  sell: 'sell',
  'sell short': 'sell',
  'buy to cover': 'buy',
  'reinvest shares': 'buy',
  'buy to open': 'buy',
  'buy to close': 'buy',
  'sell to open': 'sell',
  'sell to close': 'sell',
};

/** Actions that close an option position at price 0, on the side that flattens it. */
const CLOSING = new Set(['expired', 'assigned', 'exchange or exercise']);

const HUNDRED = Decimal.fromInt(100);
const SECOND = 1000;
const SECONDS_PER_DAY = 86_400;
const QUARTER_HOUR = 15 * 60_000;

const RE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: as of (\d{1,2})\/(\d{1,2})\/(\d{4}))?$/;
const RE_OPTION = /^(\S+) (\d{1,2})\/(\d{1,2})\/(\d{4}) (\d+(?:\.\d+)?) ([CP])$/;

/** `MM/DD/YYYY` or `MM/DD/YYYY as of MM/DD/YYYY`: the trade date (the "as of" one) as y·10⁴ + m·100 + d. */
export function schwabTradeDay(text: string): number | null {
  const m = RE_DATE.exec(text);
  if (!m) return null;
  const valid = (mo: string, d: string, y: string) => validWall(Number(y), Number(mo), Number(d), 0, 0, 0);
  if (!valid(m[1] as string, m[2] as string, m[3] as string)) return null;
  const [mo, d, y] = m[4] === undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  if (!valid(mo as string, d as string, y as string)) return null;
  return Number(y) * 10_000 + Number(mo) * 100 + Number(d);
}

/**
 * The instant a local calendar day starts in a zone: its 00:00, or the end of the gap when the
 * clocks jump forward at midnight (some zones do), read as the first occurrence when it repeats.
 */
export function startOfLocalDay(zone: Zone, day: number): number {
  const wall = utcWall(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100, 0, 0, 0);
  for (let t = wall; t < wall + 86_400_000; t += QUARTER_HOUR) {
    const r = localToUtc(zone, t);
    if (r.ok) return r.utcMs;
  }
  return wall - zone.offsetAt(wall); // a whole day missing (Samoa, 2011-12-30): its instant by the offset
}

/** `SPY 12/20/2024 500.00 P` → `SPY241220P00500000`; null when it is not an option symbol. */
export function schwabOption(symbol: string): string | null {
  const m = RE_OPTION.exec(symbol);
  if (!m) return null;
  const strike = Decimal.parse(m[5] as string);
  if (strike === null) return null;
  return occOption(m[1] as string, Number(m[4]), Number(m[2]), Number(m[3]), m[6] as 'C' | 'P', strike);
}

/** The old exports' title line: `"Transactions  for account XXXX-1234 as of …"`, alone on its line. */
function isTitleLine(fields: readonly string[]): boolean {
  return (
    /^Transactions\s+for account\b/.test(fields[0]?.trim() ?? '') &&
    fields.slice(1).every((f) => f.trim() === '')
  );
}

interface Pending {
  draft: ExecutionDraft;
  raw: string;
  day: number;
  /** The row's place among the execution rows of its trade date, from the top (0 …). */
  index: number;
  /** The Action of a row closing an option at 0 (Expired …), else null. */
  closing: string | null;
}

/**
 * Charles Schwab transaction history (brokers.md `schwab`). Rows carry only a date: the engine
 * gives each execution the trade date's 00:00 in the account's zone plus n seconds, n counting
 * the execution rows of the same trade date below it, so the rows are held until the file ends.
 */
export const schwabFormat: FormatSpec = {
  id: 'schwab',
  required: ['Date', 'Action', 'Symbol', 'Description', 'Quantity', 'Price', 'Fees & Comm', 'Amount'],
  header: { kind: 'first', preamble: isTitleLine },
  prepare(cols, ctx) {
    const cells = new Cells(ctx);
    const c = {
      date: cols.index('Date'),
      action: cols.index('Action'),
      symbol: cols.index('Symbol'),
      qty: cols.index('Quantity'),
      price: cols.index('Price'),
      fees: cols.index('Fees & Comm'),
    };
    const pending: Pending[] = [];
    /** Execution rows per trade date (rows with errors too, so a fixed file keeps every time). */
    const perDay = new Map<number, number>();
    const row = (fields: string[], line: number, raw: string): void => {
      cells.reset(fields, line);
      const dateText = cells.text(c.date);
      if (dateText === 'Transactions Total') {
        ctx.skip(line, 'summary', 'the "Transactions Total" line');
        return;
      }
      const actionText = cells.required(c.action, 'Action');
      if (actionText === null) {
        cells.flush();
        return;
      }
      const action = actionText.toLowerCase();
      const closing = CLOSING.has(action);
      const side = ACTIONS[action];
      if (side === undefined && !closing) {
        ctx.skip(line, 'cash', `Action ${actionText}: a cash movement, not an execution`);
        return;
      }
      let day: number | null = null;
      if (dateText === '') cells.fail('Date is empty');
      else {
        day = schwabTradeDay(dateText);
        if (day === null) {
          cells.fail(`Date "${dateText}" is not a date in MM/DD/YYYY or MM/DD/YYYY as of MM/DD/YYYY`);
        }
      }
      const index = day === null ? 0 : (perDay.get(day) ?? 0);
      if (day !== null) perDay.set(day, index + 1);
      const symText = cells.required(c.symbol, 'Symbol');
      let symbol: string | null = null;
      let assetClass: AssetClass = 'stock';
      if (symText !== null && /\s/.test(symText)) {
        symbol = schwabOption(symText);
        assetClass = 'option';
        if (symbol === null) {
          cells.fail(
            `Symbol "${symText}" is not an option like SPY 12/20/2024 500.00 P (root, expiry, strike, C or P)`,
          );
        }
      } else if (symText !== null) {
        symbol = symText;
        if (closing) cells.fail(`Action ${actionText} needs an option Symbol, not "${symText}"`);
      }
      let quantity: Decimal | null;
      if (closing) {
        // The side comes from the position held; a sign here says nothing more.
        quantity = cells.amount(c.qty, 'Quantity');
        if (quantity !== null && quantity.isZero()) quantity = cells.fail('Quantity is 0');
        quantity = quantity?.abs() ?? null;
      } else quantity = cells.amount(c.qty, 'Quantity', 'positive');
      const price = closing ? Decimal.ZERO : cells.amount(c.price, 'Price', 'nonNegative');
      const fees =
        cells.text(c.fees) === '' ? Decimal.ZERO : cells.amount(c.fees, 'Fees & Comm', 'nonNegative');
      if (cells.flush()) return;
      pending.push({
        draft: {
          id: '',
          executedAt: 0,
          symbol: symbol as string,
          assetClass,
          side: side ?? 'buy',
          quantity: quantity as Decimal,
          price: price as Decimal,
          fees: fees as Decimal,
          multiplier: assetClass === 'option' ? HUNDRED : Decimal.ONE,
          currency: ctx.currency,
          seq: line,
          line,
        },
        raw,
        day: day as number,
        index,
        closing: closing ? `Action ${actionText}` : null,
      });
    };
    const end = (): void => {
      const starts = new Map<number, number>();
      for (const [day] of perDay) starts.set(day, startOfLocalDay(ctx.zone, day));
      const rows = new NewestFirstRows(ctx);
      for (const p of pending) {
        const below = (perDay.get(p.day) as number) - 1 - p.index;
        if (below >= SECONDS_PER_DAY) {
          ctx.error(
            p.draft.line,
            `more than ${SECONDS_PER_DAY} execution rows share this trade date: one second apiece no longer fits in the day`,
          );
          continue;
        }
        p.draft.executedAt = (starts.get(p.day) as number) + below * SECOND;
        if (p.closing === null) rows.accept(p.draft, p.raw);
        else rows.acceptClosing(p.draft, p.raw, p.closing);
      }
      rows.end();
    };
    return { row, end };
  },
};
