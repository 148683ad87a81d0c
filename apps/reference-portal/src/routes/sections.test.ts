import { describe, expect, it } from 'vitest';
import { relativePath } from '../router/router';
import { matchSection, nextPath, sections } from './sections';

describe('routes', () => {
  it('maps paths to sections and the path inside them', () => {
    expect(matchSection('/journal')).toMatchObject({ section: { id: 'journal' }, subPath: '/' });
    expect(matchSection('/admin/branding')).toMatchObject({ section: { id: 'admin' }, subPath: '/branding' });
    expect(matchSection('/journalism')).toBeNull();
    expect(sections.map((s) => s.id)).toEqual(['journal', 'learn', 'community', 'admin']);
  });

  it('returns after sign-in only to paths inside this portal', () => {
    expect(nextPath('?next=%2Fadmin%2Fbranding', '/t/acme')).toBe('/t/acme/admin/branding');
    expect(nextPath('', '/t/acme')).toBe('/t/acme/journal');
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/sign-in',
      'javascript:x',
    ])
      expect(nextPath(`?next=${encodeURIComponent(next)}`, '/t/acme'), next).toBe('/t/acme/journal');
    expect(nextPath('?next=%2Flearn', '')).toBe('/learn');
  });

  const origin = 'https://journal.acme.test';
  // Each `next` as it arrives in the address (already percent-encoded once, as a link would carry
  // it): what URLSearchParams hands over decodes exactly once.
  const escapes = [
    '/%09/evil.example/x', // tab: the URL parser removes it → //evil.example
    '/%0a/evil.example/x', // newline
    '/%0d%0a/evil.example/x', // CR LF
    '/%0d/evil.example/x',
    '%09//evil.example', // leading tab
    '/%09%09/evil.example',
    '/%2F%09/evil.example',
    '/evil%09/..//evil.example', // a control anywhere
    '%20//evil.example', // leading space (trimmed by the parser)
    '/%20/evil.example',
    '/%C2%A0/evil.example', // no-break space
    '/%E3%80%80/evil.example', // ideographic space
    '/%E2%80%A8/evil.example', // line separator
    '/%EF%BB%BF/evil.example', // byte-order mark
    '/%00/evil.example', // NUL
    '/%7F/evil.example', // DEL
    '/%C2%85/evil.example', // NEL (C1 control)
    '/%5C/evil.example', // backslash, read as a slash
    '/%5Cevil.example',
    '%5C%5Cevil.example',
    '/%5C%5Cevil.example',
    '//evil.example',
    '%2F%2Fevil.example', // encoded //
    '%2f%2fevil.example',
    '///evil.example',
    '/./%2Fevil.example', // → //evil.example after the dot segment
    '/.//evil.example',
    '/..//evil.example',
    '/../..//evil.example',
    '/%2e/%2fevil.example', // percent-encoded dot segment
    '/%2e%2e//evil.example',
    '/journal/../..//evil.example',
    'https://evil.example/',
    'https:evil.example',
    'http://journal.acme.test@evil.example/',
    'javascript:alert(1)',
    'data:text/html,x',
    '%EF%BC%8F%EF%BC%8Fevil.example', // fullwidth solidi (not a path at all)
    'evil.example',
    '',
    '/',
    '/sign-in',
    '/sign-in/',
    '/./sign-in',
    '/sign-in?next=%2F%2Fevil.example',
  ];

  it.each(escapes)('refuses next=%s on a host-mapped tenant', (next) => {
    expect(nextPath(`?next=${next}`, '', origin)).toBe('/journal');
  });

  it.each(escapes)('refuses next=%s on a path tenant', (next) => {
    expect(nextPath(`?next=${next}`, '/t/acme', origin)).toBe('/t/acme/journal');
  });

  it('refuses a path that climbs out of the tenant base path', () => {
    for (const next of ['/../other/journal', '/..%2F..%2Fother', '/%2e%2e/other/journal', '/./../x'])
      expect(nextPath(`?next=${next}`, '/t/acme', origin), next).toBe('/t/acme/journal');
  });

  it('keeps ordinary paths (query and hash included), normalised, on the origin', () => {
    const cases: [string, string, string][] = [
      ['%2Fjournal%2Ftrades%3Fstatus%3Dclosed%26sort%3D-pnl', '', '/journal/trades?status=closed&sort=-pnl'],
      ['/journal/trades/abc#notes', '', '/journal/trades/abc#notes'],
      ['/admin/branding', '/t/acme', '/t/acme/admin/branding'],
      ['/journal/./trades', '', '/journal/trades'],
      ['/learn/%EF%BC%8Fevil.example', '', '/learn/%EF%BC%8Fevil.example'], // fullwidth solidus stays a path character
      ['/journal/%252F%252Fx', '', '/journal/%2F%2Fx'], // double-encoded slashes stay encoded
    ];
    for (const [next, base, expected] of cases) {
      const path = nextPath(`?next=${next}`, base, origin);
      expect(path, next).toBe(expected);
      // What the router does with it: resolve against the page, stay on the origin.
      expect(new URL(path, `${origin}/sign-in`).origin).toBe(origin);
    }
  });

  it('never yields a path the browser resolves to another origin (fuzzed)', () => {
    const pieces = [
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2e',
      '%2f',
      '%5c',
      '%09',
      '%0a',
      ' ',
      '\t',
      'evil.example',
      '@',
      ':',
      '?',
      '#',
      '%',
      '／',
      'journal',
    ];
    let seed = 7;
    const pick = () => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length]!;
    for (let i = 0; i < 5000; i++) {
      const raw = Array.from({ length: 1 + (i % 7) }, pick).join('');
      for (const base of ['', '/t/acme']) {
        const path = nextPath(`?${new URLSearchParams({ next: raw })}`, base, origin);
        const url = new URL(path, `${origin}${base}/sign-in`);
        expect(url.origin, raw).toBe(origin);
        expect(path.startsWith('//'), raw).toBe(false);
        expect(url.pathname.startsWith(`${base}/`), raw).toBe(true);
      }
    }
  });

  it('reads paths under the tenant prefix', () => {
    expect(relativePath('/t/acme', '/t/acme')).toBe('/');
    expect(relativePath('/t/acme/', '/t/acme')).toBe('/');
    expect(relativePath('/t/acme/admin/branding/', '/t/acme')).toBe('/admin/branding');
    expect(relativePath('/journal', '')).toBe('/journal');
  });
});
