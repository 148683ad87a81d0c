import { Decimal } from '../decimal';
import { parseOccSymbol, type AssetClass } from '../instruments';
import type { Side } from '../types';
import { Cells, parseAmount, parseIsoInstant } from './cells';
import type { FormatSpec } from './driver';
import { bookedFees } from './fees';
import { futureSymbol } from './futures';
import { NewestFirstRows } from './newestFirst';

const ACTIONS: Readonly<Record<string, Side>> = {
  BUY_TO_OPEN: 'buy',
  BUY_TO_CLOSE: 'buy',
  BUY: 'buy',
  SELL_TO_OPEN: 'sell',
  SELL_TO_CLOSE: 'sell',
  SELL: 'sell',
};
const ACTION_LIST = Object.keys(ACTIONS).join(', ');

/** Receive Deliver sub types that close an option at price 0 when the row has no Action. */
const CLOSING = new Set(['expiration', 'assignment', 'exercise']);

const INSTRUMENTS: Readonly<Record<string, AssetClass>> = {
  equity: 'stock',
  'equity option': 'option',
  future: 'future',
};

const RE_FUTURE_PRICE = / @ (\S+)\s*$/;

/**
 * A Commissions or Fees cell: a signed amount (tastytrade writes costs negative), `--` or an
 * empty cell for none.
 */
function feeCell(cells: Cells, index: number, name: string): Decimal | null {
  const v = cells.text(index);
  if (v === '' || v === '--') return Decimal.ZERO;
  return cells.checkDecimal(parseAmount(v), name, v, 'any');
}

/**
 * tastytrade transaction history (brokers.md `tastytrade`), newest first. Executions get the
 * id `Order #:Symbol:n`, n counting that order's rows of that symbol from the top of the file.
 */
export const tastytradeFormat: FormatSpec = {
  id: 'tastytrade',
  required: [
    'Date',
    'Type',
    'Sub Type',
    'Action',
    'Symbol',
    'Instrument Type',
    'Description',
    'Value',
    'Quantity',
    'Average Price',
    'Commissions',
    'Fees',
    'Multiplier',
    'Root Symbol',
    'Underlying Symbol',
    'Expiration Date',
    'Strike Price',
    'Call or Put',
    'Order #',
    'Currency',
  ],
  header: { kind: 'first' },
  prepare(cols, ctx) {
    const cells = new Cells(ctx);
    const c = {
      date: cols.index('Date'),
      type: cols.index('Type'),
      subType: cols.index('Sub Type'),
      action: cols.index('Action'),
      symbol: cols.index('Symbol'),
      instrument: cols.index('Instrument Type'),
      description: cols.index('Description'),
      qty: cols.index('Quantity'),
      avgPrice: cols.index('Average Price'),
      commissions: cols.index('Commissions'),
      fees: cols.index('Fees'),
      multiplier: cols.index('Multiplier'),
      order: cols.index('Order #'),
      currency: cols.index('Currency'),
    };
    const rows = new NewestFirstRows(ctx);
    /** Rows seen per order and symbol, from the top: the n of `Order #:Symbol:n`. */
    const perOrder = new Map<string, number>();
    const row = (fields: string[], line: number, raw: string): void => {
      cells.reset(fields, line);
      const typeText = cells.required(c.type, 'Type');
      if (typeText === null) {
        cells.flush();
        return;
      }
      const type = typeText.toLowerCase();
      const subType = cells.text(c.subType);
      const actionText = cells.text(c.action);
      if (type === 'money movement') {
        ctx.skip(
          line,
          'cash',
          `Type ${typeText} (${subType || 'no Sub Type'}): a cash movement, not an execution`,
        );
        return;
      }
      let closing: string | null = null;
      if (type === 'receive deliver') {
        if (actionText === '') {
          if (!CLOSING.has(subType.toLowerCase())) {
            ctx.skip(
              line,
              'corporate-action',
              `Type ${typeText} (${subType || 'no Sub Type'}) without an Action: not an execution`,
            );
            return;
          }
          closing = `${typeText} ${subType}`;
        }
      } else if (type !== 'trade') {
        ctx.error(line, `Type "${typeText}" is not Trade, Receive Deliver or Money Movement`);
        return;
      }
      const dText = cells.required(c.date, 'Date');
      const executedAt = dText === null ? null : parseIsoInstant(dText);
      if (dText !== null && executedAt === null) {
        cells.fail(`Date "${dText}" is not a time in ISO 8601 with an offset, like 2024-06-07T15:50:14+0200`);
      }
      let side: Side | null = null;
      if (closing === null) {
        if (actionText === '') cells.fail('Action is empty');
        else {
          side = ACTIONS[actionText.toUpperCase()] ?? null;
          if (side === null) cells.fail(`Action "${actionText}" is not one of ${ACTION_LIST}`);
        }
      }
      const symText = cells.required(c.symbol, 'Symbol');
      const order = cells.text(c.order);
      let n = 0;
      if (order !== '' && symText !== null) {
        const key = `${order}\u0001${symText}`;
        n = (perOrder.get(key) ?? 0) + 1;
        perOrder.set(key, n);
      }
      const quantity = cells.amount(c.qty, 'Quantity', 'positive');
      const mText = cells.text(c.multiplier);
      const rowMultiplier =
        mText === '' ? Decimal.ONE : cells.checkDecimal(parseAmount(mText), 'Multiplier', mText, 'positive');
      const instText = cells.required(c.instrument, 'Instrument Type');
      const assetClass = instText === null ? null : (INSTRUMENTS[instText.toLowerCase()] ?? null);
      if (instText !== null && assetClass === null) {
        cells.fail(`Instrument Type "${instText}" is not Equity, Equity Option or Future`);
      }
      let symbol: string | null = null;
      let multiplier: Decimal | null = rowMultiplier;
      let price: Decimal | null = null;
      if (assetClass === 'future') {
        if (closing !== null) {
          cells.fail(`${closing} without an Action closes an option at 0, not a Future`);
          cells.flush();
          return;
        }
        const fut = symText === null ? null : futureSymbol(cells, ctx, symText, executedAt, '/MESU4');
        symbol = fut?.symbol ?? null;
        multiplier = fut?.multiplier ?? null;
        // Value and Average Price are 0.00 for futures: the price is in the Description.
        const description = cells.required(c.description, 'Description');
        const m = description === null ? null : RE_FUTURE_PRICE.exec(description);
        if (description !== null && !m) {
          cells.fail(
            `Description "${description}" gives no price after " @ " (a Future row's price is there)`,
          );
        } else if (m) {
          price = parseAmount(m[1] as string);
          if (price === null) cells.fail(`Description "${description}": the price "${m[1]}" is not a number`);
        }
      } else if (assetClass !== null) {
        if (assetClass === 'option' && symText !== null) {
          symbol = parseOccSymbol(symText);
          if (symbol === null) {
            cells.fail(`Symbol "${symText}" is not an OCC option symbol like SPY   241220C00560000`);
          }
        } else symbol = symText;
        if (closing !== null && assetClass !== 'option') {
          cells.fail(`${closing} without an Action closes an option at 0, not an ${instText}`);
        }
        if (closing !== null) price = Decimal.ZERO;
        else {
          // Average Price is per contract and signed: |Average Price| ÷ Multiplier.
          const average = cells.amount(c.avgPrice, 'Average Price');
          if (average !== null && rowMultiplier !== null) {
            price = rowMultiplier.eq(Decimal.ONE) ? average.abs() : average.abs().div(rowMultiplier, 10);
          }
        }
      }
      const commissions = feeCell(cells, c.commissions, 'Commissions');
      const fees = feeCell(cells, c.fees, 'Fees');
      const currency = cells.required(c.currency, 'Currency');
      if (cells.flush()) return;
      const draft = {
        id: order === '' ? '' : `${order}:${symText as string}:${n}`,
        executedAt: executedAt as number,
        symbol: symbol as string,
        assetClass: assetClass as AssetClass,
        side: side ?? 'buy',
        quantity: quantity as Decimal,
        price: price as Decimal,
        // Both are written as negative costs: fees = −(Commissions + Fees).
        fees: bookedFees(
          ctx,
          line,
          (commissions as Decimal).add(fees as Decimal).neg(),
          '−(Commissions + Fees)',
        ),
        multiplier: multiplier as Decimal,
        currency: (currency as string).toUpperCase(),
        seq: line,
        line,
      };
      if (closing === null) rows.accept(draft, raw);
      else rows.acceptClosing(draft, raw, closing);
    };
    return { row, end: () => rows.end() };
  },
};
