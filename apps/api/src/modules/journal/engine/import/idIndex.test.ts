import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('behaves like a Map from id to first index, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('G1', 'G2', 'a', '')), {
          maxLength: 3000,
        }),
        (ids) => {
          const stored: string[] = [];
          const idx = new IdIndex((i) => stored[i] as string);
          const ref = new Map<string, number>();
          for (const id of ids) {
            const got = idx.findOrAdd(id, stored.length);
            const want = ref.get(id) ?? -1;
            expect(got).toBe(want);
            if (want === -1) {
              ref.set(id, stored.length);
              stored.push(id);
            }
            expect(idx.find(id)).toBe(ref.get(id));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stays exact under hash collisions (equal hashes, different ids)', () => {
    const stored = Array.from({ length: 200_000 }, (_, i) => `G${i}`);
    const idx = new IdIndex((i) => stored[i] as string);
    stored.forEach((id, i) => expect(idx.findOrAdd(id, i)).toBe(-1));
    stored.forEach((id, i) => expect(idx.find(id)).toBe(i));
    expect(idx.find('G200000')).toBe(-1);
  });
});
