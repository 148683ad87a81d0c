import fc from 'fast-check';
import { mainBranch, typeOf, type Schema } from './contract';

/**
 * Hostile values, derived from a schema node: text that databases and parsers choke on, lengths
 * past every limit, numbers at and past their bounds, date-times PostgreSQL and JavaScript read
 * differently, formats that are almost right, forged cursors, arrays and objects of the wrong
 * shape. Every arbitrary here yields plain JSON values (strings for query and path parameters).
 */

/** About 1 MB: just under the JSON body limit, so it reaches validation. */
export const MEGA = 'ﬀ'.repeat(100) + 'a'.repeat(1_000_000 - 300);
/** About 2 MB: past the body limit of JSON and of most text fields. */
export const TWO_MEGA = 'b'.repeat(2_000_000);

/** Text that breaks storage, rendering, parsing or quoting. */
export const NASTY_TEXT: readonly string[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  'a\ud83d',
  '\ufffe\uffff',
  '\u202eevil\u202c',
  'RTL \u200f\u061cمرحبا',
  'zero\u200bwidth\u200d\u2060',
  '\ufeffbom',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301',
  'ǅİıßﬀ',
  '\u0001\u0002\u0007\u0008\u001b[31m\u007f\u0085\u009f',
  'line\r\nbreak\u2028\u2029',
  '\t',
  ' ',
  '\u00a0',
  '',
  "'; drop table users; --",
  '" or 1=1 --',
  '\\\'\\"\\\\',
  '%_\\%',
  '$1 $$ $$;',
  '{"a":1}',
  '[',
  '}',
  'null',
  'true',
  '-0',
  '1e309',
  'NaN',
  '__proto__',
  'constructor',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '=HYPERLINK("http://x","click")',
  'C:\\CON\\nul',
];

const BAD_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'urn:uuid:0190a0a0-0000-7000-8000-000000000000',
  '{0190a0a0-0000-7000-8000-000000000000}',
  '0190a0a000007000800000000000000',
  '0190a0a0-0000-7000-8000-0000000000001',
  '0190a0a0-0000-7000-8000-00000000000',
  '0190A0A0-0000-7000-8000-00000000000G',
  '0190a0a0-0000-7000-8000-000000000000\n',
  ' 0190a0a0-0000-7000-8000-000000000000',
  '0190a0a0_0000_7000_8000_000000000000',
  '0190a0a0-0000-7000-8000-00000000000\u0000',
  '1',
  '-1',
  'null',
];

const BAD_EMAILS = [
  'a@b',
  'a@@b.co',
  '@b.co',
  'a@',
  'a b@c.co',
  'a@b.co\n',
  '"q u o t e d"@x.co',
  'a@[127.0.0.1]',
  'ü@ü.de',
  'A@EXAMPLE.COM',
  `${'l'.repeat(65)}@x.co`,
  `a@${'d'.repeat(250)}.co`,
  `${'l'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.${'g'.repeat(57)}.co`,
  'a@b.co\u0000',
  'a@xn--80ak6aa92e.com',
  'a+tag@b.co',
  'a..b@c.co',
];

export const BAD_DATE_TIMES = [
  '2024-06-30T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '+010000-01-01T00:00:00Z',
  '2024-03-01T00:00:00+24:00',
  '2024-03-01T00:00:00-99:99',
  '2024-03-01t00:00:00z',
  '2024-03-01T24:00:00Z',
  '2024-03-01 00:00:00Z',
  '2024-03-01T00:00:00',
  '2024-02-30T00:00:00Z',
  '2023-02-29T12:00:00Z',
  '2024-03-01T00:00:00.1234567890Z',
  '2024-03-01T00:00:00.Z',
  '9999-12-31T23:59:59.999999999-23:59',
  '0001-01-01T00:00:00+23:59',
  '1969-12-31T23:59:59.999Z',
  '2038-01-19T03:14:08Z',
  '275760-09-13T00:00:00Z',
  '2024-03-01',
  '2024-W09-5T00:00:00Z',
  '2024-03-01T00:00:00Z\u0000',
  '١٩٧٠-٠١-٠١T00:00:00Z',
];

const BAD_DATES = [
  '0000-01-01',
  '10000-01-01',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-1-1',
  '20240301',
  '2024-03-01T00:00:00Z',
  '+002024-03-01',
  '9999-12-31',
  '0001-01-01',
  '2024-03-01 ',
  '1900-02-29',
];

/** Decimal strings: 20+ digits, bounds of numeric columns, zero, negative zero, near-misses. */
export const BAD_DECIMALS = [
  '99999999999999999999.999999999999',
  '-99999999999999999999.999999999999',
  '99999999999999999999',
  '123456789012345678901',
  '1'.padEnd(40, '0'),
  '0.000000000001',
  '0.0000000000001',
  '0',
  '-0',
  '0.0',
  '-0.000000000001',
  '00000000000000000001',
  '1.',
  '.5',
  '1e5',
  '1E-7',
  ' 1',
  '1,5',
  '+1',
  '0x10',
  'NaN',
  'Infinity',
  '١٢٣',
  '9'.repeat(1000),
];

/** Integers (and not) around a bound, as JSON numbers. */
function numbersAround(schema: Schema): number[] {
  const s = mainBranch(schema);
  const out = [
    0,
    -1,
    1.5,
    -0,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31) - 1,
    2 ** 53 + 1,
    1e21,
    1e308,
    -1e308,
    5e-324,
  ];
  for (const b of [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum]) {
    if (typeof b === 'number') out.push(b - 1, b, b + 1, b + 0.5, b - 0.000001);
  }
  return out;
}

/** Query and path text for numbers: what `Number()` and coercion read differently. */
function numberTexts(schema: Schema): string[] {
  return [
    ...numbersAround(schema).map(String),
    'NaN',
    'Infinity',
    '-Infinity',
    '1e3',
    '0x10',
    '0b1',
    '１',
    ' 5',
    '5 ',
    '+5',
    '05',
    '',
    '1_000',
    '9'.repeat(400),
    '1.0',
    '-0',
    'true',
    'null',
  ];
}

/** Random base64 (of random bytes and of random text), and `v1:` + something that is not a uuid. */
export const cursorArb: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 60 }).map((b) => Buffer.from(b).toString('base64')),
  fc.uint8Array({ minLength: 0, maxLength: 60 }).map((b) => Buffer.from(b).toString('base64url')),
  fc.string({ maxLength: 40, unit: 'binary' }).map((t) => Buffer.from(t).toString('base64url')),
  fc
    .oneof(
      fc.constantFrom(...BAD_UUIDS, ...NASTY_TEXT.slice(0, 12)),
      fc.string({ maxLength: 50, unit: 'binary' }),
    )
    .map((t) => Buffer.from(`v1:${t}`).toString('base64url')),
  fc.constantFrom(
    Buffer.from('v1:').toString('base64url'),
    Buffer.from('v2:0190a0a0-0000-7000-8000-000000000000').toString('base64url'),
    Buffer.from('v1:0190a0a0-0000-7000-8000-000000000000').toString('base64'),
    Buffer.from([0x76, 0x31, 0x3a, 0xff, 0xfe, 0xc0, 0xaf]).toString('base64url'),
    '====',
    '***',
    'a'.repeat(301),
    'v1:0190a0a0-0000-7000-8000-000000000000',
  ),
);

/** A string that is almost what `schema` asks for, or not at all. */
export function badString(schema: Schema, name = ''): fc.Arbitrary<string> {
  const s = mainBranch(schema);
  const options: Array<fc.Arbitrary<string>> = [fc.constantFrom(...NASTY_TEXT)];
  const max: number | undefined = s.maxLength;
  const min: number | undefined = s.minLength;
  if (max !== undefined) {
    options.push(
      fc.constantFrom('a'.repeat(max + 1), '😀'.repeat(max), 'é'.repeat(max + 1), 'x'.repeat(max * 10 + 1)),
      fc.constant('e\u0301'.repeat(Math.ceil(max / 2) + 1)),
    );
  }
  if (min !== undefined && min > 0) options.push(fc.constant('a'.repeat(min - 1)));
  options.push(fc.constantFrom(MEGA.slice(0, 70_000), MEGA));
  if (s.format === 'uuid') options.push(fc.constantFrom(...BAD_UUIDS), fc.uuid({ version: [1, 4, 7] }));
  if (s.format === 'email') options.push(fc.constantFrom(...BAD_EMAILS));
  if (s.format === 'date-time') options.push(fc.constantFrom(...BAD_DATE_TIMES));
  if (s.format === 'date') options.push(fc.constantFrom(...BAD_DATES));
  if (typeof s.pattern === 'string') {
    if (/\\d/.test(s.pattern)) options.push(fc.constantFrom(...BAD_DECIMALS));
    options.push(fc.string({ maxLength: 12, unit: 'binary' }));
  }
  if (/cursor/i.test(name)) options.push(cursorArb, cursorArb);
  if (s.enum) {
    const e = s.enum.map(String);
    options.push(
      fc.constantFrom(...e.map((v: string) => v.toUpperCase()), ...e.map((v: string) => `${v} `), 'toString'),
    );
  }
  // A valid value with one hostile character spliced in.
  const seed = (s.examples?.[0] ?? s.enum?.[0] ?? (s.format === 'uuid' ? BAD_UUIDS[0] : 'abc')) as string;
  options.push(
    fc
      .tuple(
        fc.nat({ max: String(seed).length }),
        fc.constantFrom('\u0000', '\ud800', '\u202e', "'", '"', '\\', '\n'),
      )
      .map(([i, c]) => String(seed).slice(0, i) + c + String(seed).slice(i)),
  );
  options.push(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.string({ maxLength: 30, unit: 'binary' }));
  return fc.oneof(...options);
}

/** Text for a query or path parameter of this schema that it should refuse (or barely accept). */
export function badParamText(schema: Schema, name: string): fc.Arbitrary<string> {
  const t = typeOf(schema);
  if (t === 'integer' || t === 'number')
    return fc.oneof(fc.constantFrom(...numberTexts(schema)), badString({}));
  if (t === 'boolean')
    return fc.constantFrom('yes', 'TRUE', 'True', '1', '0', '', 'null', 'on', 'truee', ' true', '\u0000');
  return badString(schema, name);
}

/** A JSON value for a body field of this schema that it should refuse (or barely accept). */
export function badJson(schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = mainBranch(schema);
  const t = typeOf(schema);
  const wrongType = fc.constantFrom<unknown>(null, true, 0, -1, 1.5, '', 'x', [], {}, [null], { '': null });
  switch (t) {
    case 'integer':
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom<unknown>(...numbersAround(s)) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>(...numberTexts(s)) },
        { weight: 1, arbitrary: wrongType },
      );
    case 'boolean':
      return fc.oneof(fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes', null), wrongType);
    case 'array':
      return badArray(s, name, depth);
    case 'object':
      return badObject(s, depth);
    default:
      return fc.oneof(
        { weight: 5, arbitrary: badString(s, name) as fc.Arbitrary<unknown> },
        { weight: 1, arbitrary: wrongType },
      );
  }
}

function badArray(s: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  const items: Schema = s.items ?? {};
  const valid = validJson(items);
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constant([]),
    fc.constant([valid, valid]),
    fc.constant([[valid]]),
    fc.constant([null]),
    fc.constant(valid),
    fc.array(badJson(items, name, depth + 1), { minLength: 1, maxLength: 4 }),
  ];
  const max: number = s.maxItems ?? 1000;
  options.push(fc.constant(Array.from({ length: Math.min(max + 1, 20_000) }, () => valid)));
  if (s.maxItems === undefined)
    options.push(fc.constant(Array.from({ length: 50_000 }, (_, i) => `${String(valid)}${i}`)));
  if (s.uniqueItems) options.push(fc.constant([valid, valid, valid]));
  return fc.oneof(...options);
}

function badObject(s: Schema, depth: number): fc.Arbitrary<unknown> {
  const props: Record<string, Schema> = s.properties ?? {};
  const names = Object.keys(props);
  const options: Array<fc.Arbitrary<unknown>> = [
    fc.constant({}),
    fc.constant({ unknownField: 1 }),
    fc.constant(JSON.parse('{"__proto__":{"polluted":true}}')),
    fc.constant({ constructor: { prototype: { polluted: true } } }),
    fc.constant([]),
    fc.constant('{}'),
    fc.constant(nest(33)),
    fc.constant(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
    fc.constant({ ['k'.repeat(100_000)]: 1 }),
    fc.constant({ '\u0000': 1 }),
    fc.constant({ '\ud800': 1 }),
  ];
  if (names.length && depth < 3) {
    options.push(
      fc.record(Object.fromEntries(names.map((n) => [n, badJson(props[n]!, n, depth + 1)])), {
        requiredKeys: [],
      }),
    );
  }
  if (s.additionalProperties && typeof s.additionalProperties === 'object')
    options.push(
      fc.dictionary(fc.string({ maxLength: 10 }), badJson(s.additionalProperties, '', depth + 1), {
        maxKeys: 4,
      }),
    );
  return fc.oneof(...options);
}

/** `{"a":{"a":…}}` `levels` deep. */
export function nest(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** A plain valid value for a schema (its example, first enum value, a format's canonical form). */
export function validJson(schema: Schema): unknown {
  const s = mainBranch(schema);
  if (s.examples?.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return false;
    case 'array':
      return s.minItems ? [validJson(s.items ?? {})] : [];
    case 'object':
      return Object.fromEntries(
        (s.required ?? []).map((k: string) => [k, validJson(s.properties?.[k] ?? {})]),
      );
    default:
      break;
  }
  if (s.format === 'uuid') return '0190a0a0-0000-7000-8000-000000000000';
  if (s.format === 'date-time') return '2024-03-01T14:30:00Z';
  if (s.format === 'date') return '2024-03-01';
  if (s.format === 'email') return 'fuzz@example.com';
  if (typeof s.pattern === 'string' && /\\d/.test(s.pattern)) return '1';
  return 'x'.repeat(Math.max(1, s.minLength ?? 1));
}
