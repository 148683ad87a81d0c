import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { sanitizeBrokerText } from './brokerFetch';
import { ConnectorError, type ConnectorContext } from './connector';
import { IBKR_FLEX_DEFAULT_URL, ibkrFlexConnector } from './ibkrFlex';
import { FLEX_TOKEN, SECRET_MARKER, flexFail, flexXml, type FlexStandIn } from './ibkrFlexStandIn';
import { flexStandIns } from './testSupport';

/**
 * The IBKR connector against a stand-in of IBKR's Flex Web Service on loopback (real HTTP, real
 * fetch) and an attacker's server that must never be contacted: the Flex token goes to the
 * allowed origins only, whatever SendRequest's <Url> or a redirect names, and no answer's
 * content reaches an error message.
 */
const statement = Buffer.from('ClientAccountID,Symbol\nU1,AAPL\n');
const { flex, attacker } = await flexStandIns(statement);
afterEach(() => {
  expect(attacker.requests, 'the attacker received requests').toEqual([]);
});

const ctx = (maxBytes = 10_000_000): ConnectorContext => ({
  fetch,
  signal: AbortSignal.timeout(20_000),
  sleep: () => Promise.resolve(),
  maxBytes,
});
const connector = () => ibkrFlexConnector({ baseUrl: flex.url, allowedOrigins: [flex.origin] });
const fetchFor = (queryId: string, maxBytes?: number) =>
  connector().fetchStatement({ token: FLEX_TOKEN, queryId }, ctx(maxBytes));
async function failure(queryId: string, maxBytes?: number): Promise<ConnectorError> {
  const e = await fetchFor(queryId, maxBytes).then(
    () => new Error('the run succeeded'),
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConnectorError);
  return e as ConnectorError;
}

describe('IBKR Flex: hosts, redirects, messages', () => {
  it('fetches the statement through SendRequest and GetStatement, polling past 1019', async () => {
    flex.scenarios.set('100', { inProgress: 2 });
    const before = flex.requests.length;
    const s = await fetchFor('100');
    expect(s.data.equals(statement)).toBe(true);
    expect(s.filename).toMatch(/^ibkr-flex-\d+\.csv$/);
    const mine = flex.requests.slice(before);
    expect(mine).toHaveLength(4);
    expect(mine[0]).toBe(`/AccountManagement/FlexWebService/SendRequest?t=${FLEX_TOKEN}&q=100&v=3`);
    expect(mine[1]).toMatch(
      new RegExp(`^/AccountManagement/FlexWebService/GetStatement\\?t=${FLEX_TOKEN}&q=\\d+&v=3$`),
    );
  });

  // Every spelling of "somewhere else" a SendRequest answer could name.
  const elsewhere: [string, (f: FlexStandIn) => string][] = [
    ['another loopback port', () => `${attacker.origin}/GetStatement`],
    ['the same port over https', (f) => `${f.origin.replace('http:', 'https:')}/GetStatement`],
    ['the same port under another name', (f) => `${f.origin.replace('127.0.0.1', 'localhost')}/GetStatement`],
    [
      'user info hiding the host',
      (f) => `http://${f.origin.slice(7)}@${attacker.origin.slice(7)}/GetStatement`,
    ],
    ['a backslash', () => `${attacker.origin}\\@127.0.0.1/GetStatement`],
    ['a decimal IP', () => `http://2130706433:${new URL(attacker.origin).port}/GetStatement`],
    ['an IPv6-mapped address', () => `http://[::ffff:127.0.0.1]:${new URL(attacker.origin).port}/`],
    ['a protocol-relative URL', () => `//${attacker.origin.slice(7)}/GetStatement`],
    ['a numeric character reference', () => `&#104;ttp://${attacker.origin.slice(7)}/GetStatement`],
    ['file:', () => 'file:///etc/passwd'],
    ['gopher:', () => `gopher://${attacker.origin.slice(7)}/_x`],
  ];
  it.each(elsewhere)('a <Url> at %s fails the run and gets no request', async (_, url) => {
    const queryId = String(200 + elsewhere.findIndex(([, u]) => u === url));
    flex.scenarios.set(queryId, { url });
    const before = flex.requests.length;
    const e = await failure(queryId);
    expect(e.message).toBe(
      'IBKR Flex request named a statement address outside the allowed IBKR hosts; nothing was sent there',
    );
    expect(e.retryable).toBe(false);
    // Only SendRequest reached the broker: no GetStatement, anywhere.
    expect(flex.requests.slice(before)).toHaveLength(1);
  });

  it('does not follow a redirect off the allowed hosts (SendRequest or GetStatement)', async () => {
    flex.scenarios.set('300', {
      send: (res) =>
        res.writeHead(302, { location: `${attacker.origin}/steal` }).end(`<html>${SECRET_MARKER}</html>`),
    });
    const a = await failure('300');
    expect(a.message).toBe(
      'IBKR Flex request: redirected (HTTP 302) away from the allowed broker hosts; not followed',
    );
    flex.scenarios.set('301', {
      statement: (res) => res.writeHead(307, { location: `${attacker.origin}/steal` }).end(),
    });
    const b = await failure('301');
    expect(b.message).toBe(
      'IBKR Flex statement: redirected (HTTP 307) away from the allowed broker hosts; not followed',
    );
    flex.scenarios.set('302', { statement: (res) => res.writeHead(301).end() });
    expect((await failure('302')).message).toContain('redirected (HTTP 301) away');
  });

  it('follows redirects within the allowed hosts, a bounded number of times', async () => {
    flex.scenarios.set('310', {
      statement: (res, poll, f) =>
        poll === 0
          ? res
              .writeHead(302, {
                location: `${f.url}/GetStatement?${new URLSearchParams({ t: FLEX_TOKEN, q: 'x', v: '3' })}`,
              })
              .end()
          : flexXml(res, flexFail('1017', 'Reference code is invalid.')),
    });
    // The redirect is followed (the stand-in answers the redirected poll: unknown reference).
    expect((await failure('310')).message).toBe(
      'IBKR Flex statement failed (1017): the reference code is invalid',
    );
    // Redirects to itself, forever.
    flex.scenarios.set('311', {
      statement: (res, _poll, f) => res.writeHead(302, { location: f.requests.at(-1)! }).end(),
    });
    const before = flex.requests.length;
    expect((await failure('311')).message).toBe('IBKR Flex statement: more than 3 redirects; not followed');
    // SendRequest, GetStatement, then three redirects followed: five requests.
    expect(flex.requests.length - before).toBe(5);
  });

  it('never puts an answer’s content in the message (HTTP errors, unknown codes, big answers)', async () => {
    flex.scenarios.set('400', {
      statement: (res) =>
        res.writeHead(500, { 'content-type': 'text/html' }).end(`<h1>${SECRET_MARKER}</h1>`),
    });
    const a = await failure('400');
    expect(a.message).toBe('IBKR Flex statement: HTTP 500');
    expect(a.retryable).toBe(true);

    flex.scenarios.set('401', { send: (res) => res.writeHead(403).end(SECRET_MARKER) });
    expect((await failure('401')).message).toBe('IBKR Flex request: HTTP 403');

    // IBKR's documented codes show our own text, not the broker's.
    flex.scenarios.set('402', {
      send: (res) => flexXml(res, flexFail('1012', `Token has expired. ${SECRET_MARKER}`)),
    });
    expect((await failure('402')).message).toBe(
      'IBKR Flex request failed (1012): the token has expired; generate a new one in Client Portal',
    );

    // An undocumented code shows the broker's message, sanitized: no markup, no scheme, bounded.
    const hostile = `&lt;img src=x onerror=alert(1)&gt; Visit http://evil.example/\u202e\u0007 ${'x'.repeat(300)}`;
    flex.scenarios.set('403', { send: (res) => flexXml(res, flexFail('1099', hostile)) });
    const d = await failure('403');
    expect(d.message).toMatch(
      /^IBKR Flex request failed \(1099\): img src x onerror alert\(1\) Visit http \/\/evil/,
    );
    const shown = d.message.slice('IBKR Flex request failed (1099): '.length);
    expect(shown).not.toMatch(/[<>&:"=\u202e]/);
    expect([...shown].every((ch) => ch >= ' ')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(120);

    // A code that is not a code is not shown.
    flex.scenarios.set('404', { send: (res) => flexXml(res, flexFail(`<b>${SECRET_MARKER}</b>`, 'x')) });
    expect((await failure('404')).message).toBe('IBKR Flex request failed (no error code)');

    flex.scenarios.set('405', {
      statement: (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('a,b\n'.repeat(10_000)),
    });
    expect((await failure('405', 1000)).message).toBe(
      'IBKR Flex statement: the answer is larger than 1000 bytes',
    );
  });

  it('sanitizes broker text to plain, bounded words', () => {
    expect(sanitizeBrokerText('Statement  generation\n in progress.')).toBe(
      'Statement generation in progress.',
    );
    expect(sanitizeBrokerText('<b>bold</b> &amp; "quoted" javascript:alert(1)')).toBe(
      'b bold /b quoted javascript alert(1)',
    );
    expect(sanitizeBrokerText('a'.repeat(500), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('refuses a base URL outside the allowed origins', () => {
    expect(() => ibkrFlexConnector({ baseUrl: flex.url })).toThrow(/not on an allowed origin/);
    expect(() => ibkrFlexConnector({ baseUrl: flex.url, allowedOrigins: [attacker.origin] })).toThrow();
  });
});

describe('IBKR Flex configuration', () => {
  it('allows IBKR’s hosts over https by default, loopback http only when listed', () => {
    const base = { DATABASE_URL: 'memory://' };
    expect(loadConfig(base).ibkrFlexAllowedOrigins).toEqual([
      'https://ndcdyn.interactivebrokers.com',
      'https://gdcdyn.interactivebrokers.com',
      'https://www.interactivebrokers.com',
    ]);
    expect(loadConfig(base).ibkrFlexUrl).toBe(IBKR_FLEX_DEFAULT_URL);
    expect(
      loadConfig({ ...base, JOURNALKIT_IBKR_FLEX_URL: 'https://flex-proxy.example.com/Flex' })
        .ibkrFlexAllowedOrigins[0],
    ).toBe('https://flex-proxy.example.com');
    // A loopback stand-in must be listed explicitly.
    expect(() => loadConfig({ ...base, JOURNALKIT_IBKR_FLEX_URL: flex.url })).toThrow(ConfigError);
    expect(
      loadConfig({
        ...base,
        JOURNALKIT_IBKR_FLEX_URL: flex.url,
        JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: flex.origin,
      }).ibkrFlexAllowedOrigins,
    ).toEqual([flex.origin]);
    // http elsewhere than loopback, paths, and a base off the list are refused.
    for (const origins of ['http://flex.example.com', 'https://x.example.com/path', 'ftp://x', 'nonsense']) {
      expect(() => loadConfig({ ...base, JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: origins }), origins).toThrow(
        ConfigError,
      );
    }
    expect(() =>
      loadConfig({ ...base, JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: 'https://gdcdyn.interactivebrokers.com' }),
    ).toThrow(/JOURNALKIT_IBKR_FLEX_URL/);
  });
});
