import { Decimal } from '../decimal';
import { getZone, validWall, type Zone } from '../time';
import type { Side } from '../types';
import { Cells } from './cells';
import type { FormatSpec } from './driver';
import { bookedFees } from './fees';
import { stockFill } from './stockFill';

/** T/D and Exec Time are the exchange's clock, whatever the account's zone. */
const EASTERN = getZone('America/New_York') as Zone;

const SIDES: Readonly<Record<string, Side>> = { B: 'buy', S: 'sell', SS: 'sell', BC: 'buy' };

/** The fee columns a row's fees add up (brokers.md `tradezero`); ECN Add is negative for a rebate. */
const FEE_COLUMNS = ['Comm', 'SEC', 'TAF', 'NSCC', 'Nasdaq', 'ECN Remove', 'ECN Add'] as const;
const FEE_SUM = FEE_COLUMNS.join(' + ');

const RE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const RE_TIME = /^(\d{1,2}):(\d{2}):(\d{2})$/;

/** TradeZero trade details (brokers.md `tradezero`, TradeNote's template layout): US stocks, in time order. */
export const tradezeroFormat: FormatSpec = {
  id: 'tradezero',
  required: ['Account', 'T/D', 'Side', 'Symbol', 'Qty', 'Price', 'Exec Time', ...FEE_COLUMNS],
  header: { kind: 'first' },
  prepare(cols, ctx) {
    const cells = new Cells(ctx);
    const c = {
      account: cols.index('Account'),
      date: cols.index('T/D'),
      side: cols.index('Side'),
      symbol: cols.index('Symbol'),
      qty: cols.index('Qty'),
      price: cols.index('Price'),
      time: cols.index('Exec Time'),
      currency: cols.index('Currency'),
    };
    const feeColumns = FEE_COLUMNS.map((name) => ({ name, index: cols.index(name) }));
    return (fields, line, raw) => {
      cells.reset(fields, line);
      const account = cells.required(c.account, 'Account');
      if (account !== null && !ctx.acceptsAccount(account, line, 'Account')) return;
      const dText = cells.required(c.date, 'T/D');
      const tText = cells.required(c.time, 'Exec Time');
      const d = dText === null ? null : RE_DATE.exec(dText);
      const t = tText === null ? null : RE_TIME.exec(tText);
      const date = d && [Number(d[3]), Number(d[1]), Number(d[2])];
      const time = t && [Number(t[1]), Number(t[2]), Number(t[3])];
      const dateOk = date !== null && validWall(date[0]!, date[1]!, date[2]!, 0, 0, 0);
      const timeOk = time !== null && validWall(2000, 1, 1, time[0]!, time[1]!, time[2]!);
      if (dText !== null && !dateOk) cells.fail(`T/D "${dText}" is not a date in MM/DD/YYYY`);
      if (tText !== null && !timeOk) cells.fail(`Exec Time "${tText}" is not a time in HH:mm:ss`);
      const executedAt =
        dateOk && timeOk
          ? cells.local(
              [...date, ...time] as [number, number, number, number, number, number],
              'T/D and Exec Time',
              `${dText} ${tText}`,
              'MM/DD/YYYY HH:mm:ss',
              EASTERN,
            )
          : null;
      const sideText = cells.required(c.side, 'Side');
      const side = sideText === null ? null : (SIDES[sideText.toUpperCase()] ?? null);
      if (sideText !== null && side === null) cells.fail(`Side "${sideText}" is not B, S, SS or BC`);
      const symbol = cells.required(c.symbol, 'Symbol');
      const quantity = cells.amount(c.qty, 'Qty', 'positive');
      const price = cells.amount(c.price, 'Price', 'nonNegative');
      let sum: Decimal | null = Decimal.ZERO;
      for (const f of feeColumns) {
        const v = cells.amount(f.index, f.name);
        sum = v === null || sum === null ? null : sum.add(v);
      }
      const currency = cells.text(c.currency);
      if (cells.flush()) return;
      const fees = bookedFees(ctx, line, sum as Decimal, FEE_SUM);
      const rowCurrency = currency === '' ? ctx.currency : currency.toUpperCase();
      const fill = { executedAt, symbol, side, quantity, price };
      ctx.accept(
        stockFill(fill, { fees, currency: rowCurrency, line, brokerAccount: account as string }),
        raw,
      );
    };
  },
  finish: (ctx) => ctx.checkSingleAccount('Account'),
};
