import type { Decimal } from '../decimal';
import type { AssetClass } from '../instruments';
import type { Side } from '../types';
import { wallIbkr } from './cells';
import { tableFormat, type FormatSpec } from './driver';

const ASSET_CLASS: Readonly<Record<string, AssetClass>> = {
  STK: 'stock',
  OPT: 'option',
  FUT: 'future',
  CASH: 'forex',
  CRYPTO: 'crypto',
};

/**
 * Interactive Brokers Flex Query, Trades section (brokers.md `ibkr-flex`).
 *
 * Symbols are kept as IBKR writes them (`ESM4`, `SPY   241220P00500000`): that is what the
 * shared fixtures expect, although journal.md's canonical futures form would be `ESM24`
 * (see README, "Open questions").
 */
export const ibkrFlexFormat: FormatSpec = tableFormat({
  id: 'ibkr-flex',
  columns: {
    account: 'ClientAccountID',
    currency: 'CurrencyPrimary',
    assetClass: 'AssetClass',
    symbol: 'Symbol',
    time: 'DateTime',
    side: 'Buy/Sell',
    qty: 'Quantity',
    price: 'TradePrice',
    commission: 'IBCommission',
    multiplier: 'Multiplier',
    id: 'TradeID',
  },
  header: { kind: 'first' },
  prepare(c, cells, ctx) {
    return (line, raw) => {
      const account = cells.required(c.account, 'ClientAccountID');
      if (account !== null && !ctx.acceptsAccount(account, line, 'ClientAccountID')) return;
      const currency = cells.required(c.currency, 'CurrencyPrimary');
      const classText = cells.required(c.assetClass, 'AssetClass');
      const assetClass = classText === null ? null : (ASSET_CLASS[classText.toUpperCase()] ?? null);
      if (classText !== null && assetClass === null) {
        cells.fail(`AssetClass "${classText}" is not one of ${Object.keys(ASSET_CLASS).join(', ')}`);
      }
      const symbol = cells.required(c.symbol, 'Symbol');
      const tText = cells.required(c.time, 'DateTime');
      const executedAt =
        tText === null ? null : cells.local(wallIbkr(tText), 'DateTime', tText, 'yyyyMMdd;HHmmss');
      const side = cells.buySell(c.side, 'Buy/Sell');
      const signed = cells.signedQuantity(c.qty, 'Quantity', side, c.side, ' (IBKR writes sells negative)');
      const price = cells.decimal(c.price, 'TradePrice');
      const commission = cells.decimal(c.commission, 'IBCommission');
      const multiplier = cells.decimal(c.multiplier, 'Multiplier', 'positive');
      const id = cells.required(c.id, 'TradeID');
      if (cells.flush()) return;
      ctx.accept(
        {
          id: id as string,
          executedAt: executedAt as number,
          symbol: symbol as string,
          assetClass: assetClass as AssetClass,
          side: side as Side,
          quantity: (signed as Decimal).abs(),
          price: price as Decimal,
          // IBCommission is negative for a cost; a positive one (a rebate) lowers the fees.
          fees: (commission as Decimal).neg(),
          multiplier: multiplier as Decimal,
          currency: (currency as string).toUpperCase(),
          brokerAccount: account as string,
          seq: line,
          line,
        },
        raw,
      );
    };
  },
  finish: (ctx) => ctx.checkSingleAccount('ClientAccountID'),
});
