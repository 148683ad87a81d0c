import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';

// Sizes that once broke the engine's promises: it never throws (150,000 unreadable rows overflowed
// the stack as spread arguments), and a file reads in time linear in its rows (the n-th identical
// id-less row probed n hashes: 20,000 identical rows took about two minutes).

describe('large files', () => {
  it('reports 150,000 unreadable rows without throwing', () => {
    const csv = 'executed_at,symbol,asset_class,side,quantity,price\n' + 'x\n'.repeat(150_000);
    const r = parseBrokerFile('generic', csv);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(150_000);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors.at(-1)!.line).toBe(150_001);
  });

  it('keeps 20,000 identical id-less fills, each with its own id, in linear time', () => {
    const row = '2024-03-01T15:00:00Z,AAPL,stock,buy,1,100\n';
    const csv = 'executed_at,symbol,asset_class,side,quantity,price\n' + row.repeat(20_000);
    const started = performance.now();
    const r = parseBrokerFile('generic', csv);
    const ms = performance.now() - started;
    expect(r.ok).toBe(true);
    expect(r.executions).toHaveLength(20_000);
    expect(new Set(r.executions.map((e) => e.id)).size).toBe(20_000);
    // Linear: a second or two on a slow machine; the quadratic probe took ~110 s.
    expect(ms).toBeLessThan(15_000);
    // The ids are the journal's: the same file read again gives the same ids, in the same order.
    expect(parseBrokerFile('generic', csv).executions.map((e) => e.id)).toEqual(
      r.executions.map((e) => e.id),
    );
  });

  it('numbers repeats the same way as before: the k-th identical row hashes with #k', () => {
    const row = '2024-03-01T15:00:00Z,AAPL,stock,buy,1,100';
    const csv = `executed_at,symbol,asset_class,side,quantity,price\n${row}\n${row}\n2024-03-01T15:00:01Z,AAPL,stock,buy,1,100\n${row}\n`;
    const ids = parseBrokerFile('generic', csv).executions.map((e) => e.id);
    const alone = (n: number) =>
      parseBrokerFile(
        'generic',
        `executed_at,symbol,asset_class,side,quantity,price\n${`${row}\n`.repeat(n)}`,
      ).executions.at(-1)!.id;
    expect([ids[0], ids[1], ids[3]]).toEqual([alone(1), alone(2), alone(3)]);
    expect(new Set(ids).size).toBe(4);
  });
});
