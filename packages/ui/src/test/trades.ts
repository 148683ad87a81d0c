// Deterministic sample trades for Table stories and tests (no randomness: screenshots stay stable).

export interface SampleTrade {
  id: string;
  symbol: string;
  side: 'long' | 'short';
  opened: Date;
  qty: number;
  entry: number;
  exit: number;
  pnl: number;
  r: number;
  tags: string[];
}

const SYMBOLS = ['EURUSD', 'AAPL', 'ES', 'BTCUSD', 'GBPJPY', 'NQ', 'TSLA', 'XAUUSD', 'MSFT', 'CL'];
const TAGS = ['breakout', 'A+ setup', 'news', 'scalp', 'revenge', 'London'];

/** A tiny PRNG (mulberry32) so every run makes the same rows. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTrades(count: number, seed = 42): SampleTrade[] {
  const rnd = prng(seed);
  const start = Date.UTC(2024, 0, 2, 8, 0);
  const out: SampleTrade[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const side = rnd() < 0.55 ? 'long' : 'short';
    const entry = Math.round((10 + rnd() * 490) * 100) / 100;
    const move = (rnd() - 0.45) * entry * 0.02;
    const exit = Math.round((side === 'long' ? entry + move : entry - move) * 100) / 100;
    const qty = 1 + Math.floor(rnd() * 20) * 5;
    const pnl = Math.round((side === 'long' ? exit - entry : entry - exit) * qty * 100) / 100;
    out[i] = {
      id: `t${i + 1}`,
      symbol: SYMBOLS[Math.floor(rnd() * SYMBOLS.length)]!,
      side,
      opened: new Date(start + i * 37 * 60_000),
      qty,
      entry,
      exit,
      pnl,
      r: Math.round((pnl / Math.max(1, entry * qty * 0.01)) * 100) / 100,
      tags: rnd() < 0.6 ? [TAGS[Math.floor(rnd() * TAGS.length)]!] : [],
    };
  }
  return out;
}
