import { Decimal } from '../decimal';
import { utcWall, validWall } from '../time';
import type { Side } from '../types';
import { Cells } from './cells';
import type { FormatSpec } from './driver';
import { NewestFirstRows } from './newestFirst';
import { stockFill } from './stockFill';

const HOUR = 3_600_000;

/** The zone abbreviations Webull writes, and the UTC offset each one fixes (brokers.md `webull`). */
export const WEBULL_ZONES: Readonly<Record<string, number>> = {
  EDT: -4 * HOUR,
  EST: -5 * HOUR,
  CDT: -5 * HOUR,
  CST: -6 * HOUR,
  PDT: -7 * HOUR,
  PST: -8 * HOUR,
  UTC: 0,
  GMT: 0,
};

const SIDES: Readonly<Record<string, Side>> = { buy: 'buy', sell: 'sell', short: 'sell' };
const FILLED = new Set(['filled', 'partially filled']);
const NOT_FILLED = new Set(['cancelled', 'failed', 'rejected', 'expired', 'pending']);
const RE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([A-Za-z]+)$/;

/**
 * `10/22/2024 09:10:29 EDT`: the instant, or a problem (the shape, or a zone abbreviation outside
 * brokers.md's table). The abbreviation alone fixes the offset, whatever the account's zone.
 */
export function webullInstant(text: string): number | string {
  const m = RE_TIME.exec(text);
  const shape = 'is not a time in MM/dd/yyyy HH:mm:ss and a zone like EDT';
  if (!m) return shape;
  const [mo, d, y, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!validWall(y, mo, d, h, mi, s)) return shape;
  const zone = (m[7] as string).toUpperCase();
  const offset = WEBULL_ZONES[zone];
  if (offset === undefined) return `has the zone ${m[7]}, not one of ${Object.keys(WEBULL_ZONES).join(', ')}`;
  return utcWall(y, mo, d, h, mi, s) - offset;
}

/** Webull order history (brokers.md `webull`): one row per order, newest first. */
export const webullFormat: FormatSpec = {
  id: 'webull',
  required: ['Symbol', 'Side', 'Status', 'Filled', 'Avg Price', 'Filled Time'],
  header: { kind: 'first' },
  prepare(cols, ctx) {
    const cells = new Cells(ctx);
    const c = {
      symbol: cols.index('Symbol'),
      side: cols.index('Side'),
      status: cols.index('Status'),
      filled: cols.index('Filled'),
      price: cols.index('Avg Price'),
      time: cols.index('Filled Time'),
    };
    const rows = new NewestFirstRows(ctx);
    const row = (fields: string[], line: number, raw: string): void => {
      cells.reset(fields, line);
      const statusText = cells.required(c.status, 'Status');
      if (statusText === null) {
        cells.flush();
        return;
      }
      const status = statusText.toLowerCase();
      if (NOT_FILLED.has(status)) {
        ctx.skip(line, 'unfilled', `Status ${statusText}: the order filled nothing`);
        return;
      }
      if (!FILLED.has(status)) {
        ctx.error(
          line,
          `Status "${statusText}" is not Filled, Partially Filled, Cancelled, Failed, Rejected, Expired or Pending`,
        );
        return;
      }
      const quantity = cells.amount(c.filled, 'Filled', 'nonNegative');
      if (quantity !== null && quantity.isZero()) {
        ctx.skip(line, 'unfilled', `Status ${statusText} with Filled 0: nothing was filled`);
        return;
      }
      const symbol = cells.required(c.symbol, 'Symbol');
      const sideText = cells.required(c.side, 'Side');
      const side = sideText === null ? null : (SIDES[sideText.toLowerCase()] ?? null);
      if (sideText !== null && side === null) cells.fail(`Side "${sideText}" is not Buy, Sell or Short`);
      const price = cells.amount(c.price, 'Avg Price', 'nonNegative');
      const tText = cells.required(c.time, 'Filled Time');
      let executedAt: number | null = null;
      if (tText !== null) {
        const t = webullInstant(tText);
        if (typeof t === 'string') cells.fail(`Filled Time "${tText}" ${t}`);
        else executedAt = t;
      }
      if (cells.flush()) return;
      // The export has no fees.
      rows.accept(
        stockFill(
          { executedAt, symbol, side, quantity, price },
          { fees: Decimal.ZERO, currency: ctx.currency, line },
        ),
        raw,
      );
    };
    return { row, end: () => rows.end() };
  },
};
