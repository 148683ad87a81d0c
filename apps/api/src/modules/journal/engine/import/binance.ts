import { Decimal } from '../decimal';
import { utcWall, validWall } from '../time';
import type { Side } from '../types';
import { wallYmdDash } from './cells';
import { tableFormat, type FormatSpec } from './driver';

const RE_ASSET_AMOUNT = /^([+-]?(?:\d+\.?\d*|\.\d+))([A-Z][A-Z0-9]*)$/;

/** Binance Spot trade history export (brokers.md `binance`). */
export const binanceFormat: FormatSpec = tableFormat({
  id: 'binance',
  columns: {
    time: 'Date(UTC)',
    pair: 'Pair',
    side: 'Side',
    price: 'Price',
    executed: 'Executed',
    amount: 'Amount',
    fee: 'Fee',
  },
  header: { kind: 'first' },
  prepare(c, cells, ctx) {
    /**
     * `0.01000000BTC` → amount and asset. With `assets` given, the cell must end with one of
     * them (base assets may start with digits, like 1000SATS, so the pair decides the split);
     * otherwise the asset is the trailing run of letters and digits that starts with a letter.
     */
    const assetAmount = (
      index: number,
      name: string,
      positivity: 'positive' | 'nonNegative',
      assets: readonly string[] = [],
    ) => {
      const v = cells.required(index, name);
      if (v === null) return null;
      let amountText: string | undefined;
      let asset: string | undefined;
      const known = assets.find(
        (a) => a !== '' && v.endsWith(a) && Decimal.parse(v.slice(0, -a.length)) !== null,
      );
      if (known !== undefined) {
        amountText = v.slice(0, -known.length);
        asset = known;
      } else {
        const m = RE_ASSET_AMOUNT.exec(v);
        amountText = m?.[1];
        asset = m?.[2];
      }
      if (amountText === undefined || asset === undefined) {
        return cells.fail(`${name} "${v}" is not an amount followed by its asset, like 0.01000000BTC`);
      }
      const amount = cells.checkDecimal(Decimal.parse(amountText), name, v, positivity);
      return amount === null ? null : { amount, asset };
    };
    const wantedCurrency = ctx.options.currency?.toUpperCase();
    return (line, raw) => {
      const tText = cells.required(c.time, 'Date(UTC)');
      let executedAt: number | null = null;
      if (tText !== null) {
        const w = wallYmdDash(tText);
        if (w === null || !validWall(...w))
          cells.fail(`Date(UTC) "${tText}" is not a time in yyyy-MM-dd HH:mm:ss`);
        else executedAt = utcWall(...w); // UTC whatever the account's timezone
      }
      const pair = cells.required(c.pair, 'Pair')?.toUpperCase() ?? null;
      const side = cells.buySell(c.side, 'Side');
      const price = cells.decimal(c.price, 'Price', 'positive');
      // The quote asset ends Amount (quote assets start with a letter); the base is the rest of the pair.
      const amount = assetAmount(c.amount, 'Amount', 'nonNegative');
      const base =
        pair !== null && amount && pair.endsWith(amount.asset) ? pair.slice(0, -amount.asset.length) : '';
      const executed = assetAmount(c.executed, 'Executed', 'positive', [base]);
      const fee = assetAmount(c.fee, 'Fee', 'nonNegative', amount ? [base, amount.asset] : [base]);
      if (pair !== null && executed && amount && pair !== executed.asset + amount.asset) {
        cells.fail(
          `Pair "${pair}" is not Executed's asset ${executed.asset} followed by Amount's asset ${amount.asset}`,
        );
      }
      if (amount && wantedCurrency !== undefined && amount.asset !== wantedCurrency) {
        cells.fail(
          `Pair "${pair}" is quoted in ${amount.asset}, not in the account's currency ${wantedCurrency}`,
        );
      }
      if (cells.flush()) return;
      const quote = (amount as { asset: string }).asset;
      const f = fee as { amount: Decimal; asset: string };
      let fees = Decimal.ZERO;
      let unvaluedFee: { amount: Decimal; asset: string } | undefined;
      if (f.asset === quote) fees = f.amount;
      else if (f.asset === base) fees = f.amount.mul(price as Decimal);
      else if (!f.amount.isZero()) {
        unvaluedFee = f;
        ctx.warn(
          line,
          'unvalued-fee',
          `Fee ${f.amount.toString()} ${f.asset} is in neither ${base} nor ${quote}: it cannot be valued from the file and is not counted in fees`,
        );
      }
      ctx.accept(
        {
          id: '',
          executedAt: executedAt as number,
          symbol: pair as string,
          assetClass: 'crypto',
          side: side as Side,
          quantity: (executed as { amount: Decimal }).amount,
          price: price as Decimal,
          fees,
          multiplier: Decimal.ONE,
          currency: quote,
          ...(unvaluedFee ? { unvaluedFee } : {}),
          seq: line,
          line,
        },
        raw,
      );
    };
  },
});
