/** The benchmarks' generated broker file (shared by import.bench.ts and import-db.bench.ts). */
/**
 * A realistic mix: stocks, options (×100), futures (table multiplier), fractional crypto (8
 * decimals). Each instrument walks a position (kept exactly, in integer units): open, add,
 * partial exits, full closes and some flips, giving ~3.3 executions per trade as in the shared
 * fixtures (3.2–3.6).
 */
export function generate(rows: number, withIds: boolean): string {
  const instruments = [
    { symbol: 'AAPL', cls: 'stock', mult: '', price: 180, dp: 0, lot: () => 10 * (1 + rnd(9)) },
    { symbol: 'SPY241220C00510000', cls: 'option', mult: '100', price: 4, dp: 0, lot: () => 1 + rnd(5) },
    { symbol: 'ESM24', cls: 'future', mult: '', price: 5200, dp: 0, lot: () => 1 + rnd(3) },
    { symbol: 'ETHUSD', cls: 'crypto', mult: '', price: 3100, dp: 8, lot: () => 100_000 + rnd(99_900_000) },
    { symbol: 'MSFT', cls: 'stock', mult: '1', price: 410, dp: 0, lot: () => 5 * (1 + rnd(20)) },
  ];
  const pos = instruments.map(() => 0); // signed, in units of 10^-dp
  const parts: string[] = [
    'executed_at,symbol,asset_class,side,quantity,price,fees,multiplier,currency,execution_id\n',
  ];
  let t = Date.UTC(2024, 0, 2, 14, 30);
  for (let i = 0; i < rows; i++) {
    t += 1000 * (1 + rnd(30));
    const k = rnd(instruments.length);
    const ins = instruments[k]!;
    const p = pos[k]!;
    let units: number;
    let buy: boolean;
    const roll = rnd(100);
    if (p === 0 || roll < 30) {
      // open, or add to the position
      units = ins.lot();
      buy = p === 0 ? rnd(2) === 0 : p > 0;
    } else {
      buy = p < 0;
      const held = Math.abs(p);
      if (roll < 60 && held > 1)
        units = 1 + rnd(held - 1); // partial exit
      else if (roll < 94)
        units = held; // flat again
      else units = held + ins.lot(); // flip
    }
    pos[k] = buy ? p + units : p - units;
    const qty = ins.dp === 0 ? String(units) : (units / 10 ** ins.dp).toFixed(ins.dp);
    const price = (ins.price * (1 + (rnd(2001) - 1000) / 20000)).toFixed(2);
    const fees = (((0.0035 * units) / 10 ** ins.dp) * (ins.cls === 'option' ? 100 : 1)).toFixed(4);
    const iso =
      i % 3 === 0
        ? new Date(t).toISOString().replace('.000Z', 'Z')
        : new Date(t - 4 * 3_600_000).toISOString().replace('.000Z', '-04:00');
    parts.push(
      `${iso},${ins.symbol},${ins.cls},${buy ? 'buy' : 'sell'},${qty},${price},${fees},${ins.mult},USD,${withIds ? `G${i}` : ''}\n`,
    );
  }
  return parts.join('');
}

let seed = 42;
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
