import fc from 'fast-check';
import { bodyShape, bodyShapeEdits } from './bodyShape';
import { baseline, principalsFor, type Case, type Edit, type FuzzContext } from './case';
import type { FuzzOperation } from './contract';
import { everyField } from './everyField';
import { BREAKAGES } from './multipart';
import { formLocations, jsonLocations, locationsOf } from './oneField';
import { transportEdits } from './transport';

/**
 * The requests fuzz.test.ts sends an operation: the arbitrary that mixes the strategies — one
 * field (oneField.ts), every field (everyField.ts), the body's shape (bodyShape.ts), the HTTP
 * around it (transport.ts) — each changing the valid baseline (case.ts), and the fixed checklist.
 */

/** The arbitrary of requests for one operation. */
export function casesFor(op: FuzzOperation, ctx: FuzzContext): fc.Arbitrary<Case> {
  const locations = locationsOf(op, ctx);
  const principal = fc.constantFrom(...principalsFor(op));
  const strategies: Array<fc.WeightedArbitrary<Edit>> = [
    { weight: 2, arbitrary: bodyShape(op) },
    { weight: 2, arbitrary: everyField(op, ctx) },
    { weight: 2, arbitrary: fc.constantFrom(...transportEdits(op)) },
  ];
  if (locations.length)
    strategies.push({
      weight: 7,
      arbitrary: fc.oneof(...locations.map((l) => l.values.map((v) => l.set(v)))),
    });
  const idempotency =
    op.method === 'POST'
      ? fc.option(fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'), { freq: 4 })
      : fc.constant(null);
  return fc.tuple(principal, fc.oneof(...strategies), idempotency).map(([who, change, key]) => {
    const c = change(baseline(op, ctx, who));
    return key ? { ...c, headers: [...c.headers, ['Idempotency-Key', key] as [string, string]] } : c;
  });
}

/**
 * Requests every operation gets whatever the seed: its valid baseline; NUL and a lone surrogate in
 * each text field; 10,000-deep JSON with and without an Idempotency-Key; `{}` as the body; a
 * 20 KB header, a 70 KB URL, over-long and undecodable path parameters; every broken multipart
 * framing.
 */
export function checklist(op: FuzzOperation, ctx: FuzzContext): Case[] {
  const who = principalsFor(op)[0]!;
  const base = () => baseline(op, ctx, who);
  const out: Case[] = [base()];
  for (const l of locationsOf(op, ctx)) {
    if (l.text) out.push(l.set('a\u0000b')(base()), l.set('a\ud800b')(base()));
  }
  if (op.body?.kind === 'json') out.push(jsonLocations(op)[0]!.set({})(base()));
  const shapes = ['10,000-deep JSON object', '10,000-deep JSON with Idempotency-Key', '2 MB body'];
  const transport = [
    'a 20 KB header',
    'a 70 KB URL',
    'query value %zz',
    'query value %c0%af',
    ...op.pathParams
      .slice(0, 1)
      .flatMap((p) => [
        `path ${p.name} of 70000 characters`,
        `path ${p.name} = %zz`,
        `path ${p.name} = %c0%af`,
      ]),
  ];
  for (const e of bodyShapeEdits(op)) {
    const c = e(base());
    if (shapes.includes(c.label)) out.push(c);
  }
  for (const e of transportEdits(op)) {
    const c = e(base());
    if (transport.includes(c.label)) out.push(c);
  }
  if (op.body?.kind === 'multipart')
    for (const b of BREAKAGES) out.push(formLocations(op).at(-1)!.set(b)(base()));
  return out;
}

export function locationCount(op: FuzzOperation, ctx: FuzzContext): number {
  return locationsOf(op, ctx).length;
}
