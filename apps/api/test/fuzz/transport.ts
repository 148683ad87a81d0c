import type { Case, Edit } from './case';
import type { FuzzOperation } from './contract';

/**
 * HTTP around the operation rather than its inputs: URLs that do not decode or are too long,
 * path parameters past any identifier's length, headers too large for Node's parser, odd
 * methods, framing that contradicts itself, credentials in odd forms. fetch refuses to send most
 * of these; the raw client (wire.ts) sends them as written.
 */
const BAD_ESCAPES = [
  '%zz',
  '%',
  '%c0%af',
  '%ff',
  '%e2%82',
  '%00',
  '%2e%2e%2f',
  '%25zz',
  '%u0041',
  '%C0%80',
  '%ed%a0%80',
];

const t =
  (label: string, edit: (c: Case) => Partial<Case>): Edit =>
  (c) => ({
    ...c,
    ...edit(c),
    strategy: 'transport',
    label,
  });

function firstParam(op: FuzzOperation): string | undefined {
  return op.pathParams[0]?.name;
}

export function transportEdits(op: FuzzOperation): Edit[] {
  const p = firstParam(op);
  const q = op.queryParams[0]?.name ?? 'q';
  const edits: Edit[] = [
    t('a 20 KB header', (c) => ({ headers: [...c.headers, ['X-Fuzz', 'h'.repeat(20_000)]] })),
    t('300 headers of 100 bytes', (c) => ({
      headers: [
        ...c.headers,
        ...Array.from({ length: 300 }, (_, i) => [`X-F${i}`, 'v'.repeat(100)] as [string, string]),
      ],
    })),
    t('a 20 KB query string', () => ({ query: `${q}=${'q'.repeat(20_000)}` })),
    t('a 15 KB query string', () => ({ query: `${q}=${'q'.repeat(15_000)}` })),
    t('an 8 KB cookie', (c) => ({ headers: [...c.headers, ['Cookie', `a=${'c'.repeat(8_000)}`]] })),
    ...BAD_ESCAPES.map((e) => t(`query value ${e}`, () => ({ query: `${q}=${e}` }))),
    ...BAD_ESCAPES.slice(0, 4).map((e) => t(`query name ${e}`, () => ({ query: `${e}=1` }))),
    t('query with only separators', () => ({ query: '&&&=&' })),
    t('query a[b]=1', () => ({ query: `${q}[b]=1&${q}[]=2` })),
    t('query __proto__', () => ({ query: `__proto__=1&constructor=2&${q}=3` })),
    t('path ends in /', () => ({ target: `${op.path}/`.replace(/\{\w+\}/g, 'x') })),
    t('path with //', () => ({ target: `/${op.path}`.replace(/\{\w+\}/g, 'x') })),
    t('path with /./ and /../', () => ({
      target: op.path.replace('/v1/', '/v1/./x/../').replace(/\{\w+\}/g, 'x'),
    })),
    t('path in upper case', () => ({ target: op.path.toUpperCase().replace(/\{\w+\}/gi, 'x') })),
    t('path with ;matrix', () => ({ target: `${op.path.replace(/\{\w+\}/g, 'x')};jsessionid=1` })),
    t('path with raw UTF-8', () => ({ target: `${op.path.replace(/\{\w+\}/g, 'é')}/é😀` })),
    t('path with a raw tab', () => ({ target: `${op.path.replace(/\{\w+\}/g, 'x')}\t` })),
    t('a 70 KB URL', () => ({ target: `${op.path.replace(/\{\w+\}/g, 'x')}?${q}=${'u'.repeat(70_000)}` })),
    t('absolute-form target', (c) => ({
      target: `http://evil.example${op.path.replace(/\{\w+\}/g, c.path[p ?? ''] ?? 'x')}`,
    })),
    t('asterisk target', () => ({ target: '*' })),
    t('target without /', () => ({ target: op.path.slice(1).replace(/\{\w+\}/g, 'x') })),
    t('method OPTIONS', () => ({ method: 'OPTIONS' })),
    t('CORS preflight', (c) => ({
      method: 'OPTIONS',
      headers: [
        ...c.headers,
        ['Origin', 'http://evil.example'],
        ['Access-Control-Request-Method', op.method],
        ['Access-Control-Request-Headers', `authorization, x-${'h'.repeat(300)}`],
      ],
    })),
    t('method TRACE', () => ({ method: 'TRACE' })),
    t('method PROPFIND', () => ({ method: 'PROPFIND' })),
    t('method FOO', () => ({ method: 'FOO' })),
    t('method in lower case', () => ({ method: op.method.toLowerCase() })),
    t('another method on this path', () => ({ method: op.method === 'GET' ? 'PUT' : 'GET' })),
    t('Content-Length abc', (c) => ({
      headers: [...c.headers, ['Content-Length', 'abc']],
      noContentLength: true,
    })),
    t('Content-Length -1', (c) => ({
      headers: [...c.headers, ['Content-Length', '-1']],
      noContentLength: true,
    })),
    t('two Content-Lengths', (c) => ({
      headers: [...c.headers, ['Content-Length', '2'], ['Content-Length', '3']],
      body: { kind: 'raw', bytes: Buffer.from('{}'), contentType: 'application/json' },
      noContentLength: true,
    })),
    t('Content-Length and Transfer-Encoding', (c) => ({
      headers: [...c.headers, ['Content-Length', '2'], ['Transfer-Encoding', 'chunked']],
      body: { kind: 'raw', bytes: Buffer.from('2\r\n{}\r\n0\r\n\r\n'), contentType: 'application/json' },
    })),
    t('malformed chunk size', (c) => ({
      headers: [...c.headers, ['Transfer-Encoding', 'chunked']],
      body: { kind: 'raw', bytes: Buffer.from('zz\r\n{}\r\n0\r\n\r\n'), contentType: 'application/json' },
    })),
    t('Transfer-Encoding gzip', (c) => ({
      headers: [...c.headers, ['Transfer-Encoding', 'gzip, chunked']],
      body: { kind: 'raw', bytes: Buffer.from('2\r\n{}\r\n0\r\n\r\n'), contentType: 'application/json' },
    })),
    t('Content-Encoding gzip on plain JSON', (c) => ({
      headers: [...c.headers, ['Content-Encoding', 'gzip']],
      body: { kind: 'raw', bytes: Buffer.from('{}'), contentType: 'application/json' },
    })),
    t('Content-Length shorter than the body', (c) => ({
      headers: [...c.headers, ['Content-Length', '1']],
      body: { kind: 'raw', bytes: Buffer.from('{"name":"x"}'), contentType: 'application/json' },
    })),
    t('Expect: 100-continue', (c) => ({ headers: [...c.headers, ['Expect', '100-continue']] })),
    t('Expect: something else', (c) => ({ headers: [...c.headers, ['Expect', 'the-unexpected']] })),
    t('Host header twice', (c) => ({
      headers: [...c.headers, ['Host', 'a.example'], ['Host', 'b.example']],
    })),
    t('Host header empty', (c) => ({ headers: [...c.headers, ['Host', '']] })),
    t('Host with bytes outside ASCII', (c) => ({ headers: [...c.headers, ['Host', 'h\xe9\xff.example']] })),
    t('header value with bytes outside ASCII', (c) => ({
      headers: [...c.headers, ['X-Fuzz', '\xff\xfe\xc0\xaf']],
    })),
    t('header name with a space', (c) => ({ headers: [...c.headers, ['X Fuzz', '1']] })),
    t('Authorization twice', (c) => ({ headers: [...c.headers, ['Authorization', 'Bearer x']] })),
    t('Authorization: Bearer', () => ({ authorization: 'Bearer' })),
    t('Authorization: Basic', () => ({ authorization: 'Basic Zm9vOmJhcg==' })),
    t('Authorization: bearer in lower case', () => ({ authorization: 'bearer {token}' })),
    t('Authorization with a trailing byte', () => ({ authorization: 'Bearer {token}\xff' })),
    t('Authorization with two spaces', () => ({ authorization: 'Bearer  {token}' })),
    t('Authorization 8 KB', () => ({ authorization: `Bearer ${'k'.repeat(8_000)}` })),
    t('Authorization jk_sk_ junk', () => ({ authorization: 'Bearer jk_sk_%zz\xff' })),
    t('Idempotency-Key empty', (c) => ({ headers: [...c.headers, ['Idempotency-Key', '']] })),
    t('Idempotency-Key 256 chars', (c) => ({
      headers: [...c.headers, ['Idempotency-Key', 'i'.repeat(256)]],
    })),
    t('Idempotency-Key with bytes outside ASCII', (c) => ({
      headers: [...c.headers, ['Idempotency-Key', 'k\xff\xfe\xc0']],
    })),
    t('Idempotency-Key twice', (c) => ({
      headers: [...c.headers, ['Idempotency-Key', 'a'], ['Idempotency-Key', 'b']],
    })),
    t('Accept: application/xml', (c) => ({ headers: [...c.headers, ['Accept', 'application/xml']] })),
    t('Accept: */*;q=0', (c) => ({ headers: [...c.headers, ['Accept', '*/*;q=0']] })),
    t('Accept-Language junk', (c) => ({
      headers: [...c.headers, ['Accept-Language', `${'xx-'.repeat(500)};q=2`]],
    })),
    t('X-Request-Id odd', (c) => ({ headers: [...c.headers, ['X-Request-Id', `\xff${'r'.repeat(3000)}`]] })),
    t('X-Forwarded-For junk', (c) => ({
      headers: [...c.headers, ['X-Forwarded-For', 'not-an-ip, ::ffff:999.1.1.1']],
    })),
    t('Origin: null', (c) => ({ headers: [...c.headers, ['Origin', 'null']] })),
    t('Range on a JSON answer', (c) => ({ headers: [...c.headers, ['Range', 'bytes=99999999-']] })),
    t('If-None-Match junk', (c) => ({ headers: [...c.headers, ['If-None-Match', '"\xff", W/']] })),
  ];
  if (p) {
    for (const n of [101, 300, 5_000, 70_000])
      edits.push(t(`path ${p} of ${n} characters`, (c) => ({ path: { ...c.path, [p]: 'p'.repeat(n) } })));
    for (const e of BAD_ESCAPES) edits.push(t(`path ${p} = ${e}`, (c) => ({ path: { ...c.path, [p]: e } })));
    edits.push(
      t(`path ${p} with an encoded slash`, (c) => ({ path: { ...c.path, [p]: `${c.path[p]}%2f..%2fx` } })),
    );
    edits.push(t(`path ${p} empty`, (c) => ({ path: { ...c.path, [p]: '' } })));
  }
  return edits;
}
