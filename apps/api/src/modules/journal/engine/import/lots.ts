import { Decimal } from '../decimal';

const LOT = Decimal.fromInt(100_000);
const SIX_LETTERS = /^[A-Z]{6}$/;

/**
 * The multiplier of a MetaTrader execution in lots: the contract size of one lot — the account's
 * `contractSizes` entry for the symbol, else 100000 for a six-letter symbol (a currency pair),
 * else 1. P&L is the broker's Profit; only R multiples from an initial stop use it.
 */
export function lotMultiplier(symbol: string, sizes: Readonly<Record<string, string>> | undefined): Decimal {
  const size = sizes?.[symbol];
  if (size !== undefined) return Decimal.from(size);
  return SIX_LETTERS.test(symbol) ? LOT : Decimal.ONE;
}
