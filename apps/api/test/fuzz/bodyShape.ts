import fc from 'fast-check';
import { formBaseline, type Edit } from './case';
import type { FuzzOperation } from './contract';
import { BREAKAGES } from './multipart';
import { nest } from './values';

/**
 * The "body shape" strategy: the body as a whole made wrong — not JSON, too deep, the wrong type,
 * encoding or Content-Type, truncated, a form where JSON belongs (and the reverse).
 */
const DEEP = 10_000;
const deepObject = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
const deepArray = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/JSON',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json;;;',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json, text/plain',
  'application/vnd.api+json',
  '*/*',
  '',
  'multipart/form-data; boundary=x',
];

const exampleTextOf = (op: FuzzOperation) =>
  JSON.stringify(op.body?.kind === 'json' ? (op.body.example ?? {}) : { name: 'x' });

function raw(label: string, bytes: Buffer | string, contentType = 'application/json'): Edit {
  return (c) => ({
    ...c,
    strategy: 'body shape',
    label,
    body: { kind: 'raw', bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), contentType },
  });
}

/** The body as a whole: not JSON, too deep, the wrong type or encoding, under the wrong Content-Type. */
export function bodyShapeEdits(op: FuzzOperation): Edit[] {
  const exampleText = exampleTextOf(op);
  const edits: Edit[] = [
    raw('10,000-deep JSON object', deepObject),
    raw('10,000-deep JSON array', deepArray),
    (c) => ({
      ...raw('10,000-deep JSON with Idempotency-Key', deepObject)(c),
      headers: [...c.headers, ['Idempotency-Key', `deep-${op.operationId}`]],
    }),
    raw('33-deep JSON', JSON.stringify(nest(33))),
    raw('empty body', ''),
    raw('null', 'null'),
    raw('[]', '[]'),
    raw('"x"', '"x"'),
    raw('1', '1'),
    raw('{', '{'),
    raw('trailing comma', '{"a":1,}'),
    raw('single quotes', "{'a':1}"),
    raw('two documents', '{"a":1}{"b":2}'),
    raw('NaN literal', '{"a":NaN}'),
    raw('BOM', `\ufeff${exampleText}`),
    raw('escaped lone surrogate', '{"name":"\\ud800","displayName":"\\udfff"}'),
    raw('escaped NUL', '{"name":"a\\u0000b"}'),
    raw('trailing NUL', `${exampleText}\u0000`),
    raw('huge number', `{"a":${'9'.repeat(10_000)}}`),
    raw('__proto__', '{"__proto__":{"polluted":true}}'),
    raw('duplicate keys', exampleText.replace(/^\{/, '{"name":1,"name":"x",')),
    raw(
      'invalid UTF-8',
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from('"}')]),
    ),
    raw('UTF-16 body', Buffer.from(exampleText, 'utf16le')),
    raw('2 MB body', `{"name":"${'b'.repeat(2_000_000)}"}`),
    raw('example + garbage', `${exampleText}garbage`),
    ...CONTENT_TYPES.map((ct) => raw(`Content-Type ${JSON.stringify(ct)}`, exampleText, ct)),
  ];
  if (op.body?.kind === 'multipart') {
    for (const breakage of BREAKAGES)
      edits.push((c) => ({
        ...c,
        strategy: 'body shape',
        label: `form: ${breakage}`,
        body: { kind: 'form', form: { ...formBaseline(op), breakage } },
      }));
  } else {
    edits.push((c) => ({
      ...c,
      strategy: 'body shape',
      label: 'a multipart form instead of JSON',
      body: { kind: 'form', form: { fields: [['name', 'x']], files: [], boundary: 'fuzzb' } },
    }));
  }
  return edits;
}

export function bodyShape(op: FuzzOperation): fc.Arbitrary<Edit> {
  const exampleText = exampleTextOf(op);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...bodyShapeEdits(op)) },
    {
      weight: 1,
      arbitrary: fc
        .nat({ max: Math.max(0, exampleText.length - 1) })
        .map((i) => raw(`example truncated at ${i}`, exampleText.slice(0, i))),
    },
  );
}
