import { describe, expect, expectTypeOf, it } from 'vitest';
import en from '../i18n/catalogs/en/common';
import { relativePath } from '../router/router';
import { admin } from './admin/routes';
import { journal } from './journal/routes';
import { allows, defineSection, matchPath, pathTo, startPath } from './routeTable';
import type { RouteParams, SectionPageProps } from './routeTable';
import { HOME_PATH, nextPath, publicSections, resolvePath, sections } from './sections';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../i18n/catalogs/en/*.ts', {
  eager: true,
});
/** The English text of a `namespace:key` (undefined when there is none). */
const english = (key: string): unknown => {
  const [ns, path] = key.split(':') as [string, string];
  return path
    .split('.')
    .reduce<unknown>(
      (tree, k) => (tree as Record<string, unknown>)?.[k],
      files[`../i18n/catalogs/en/${ns}.ts`]?.default,
    );
};

describe('route tables', () => {
  const all = [...sections, ...publicSections];

  it('lists the sections in navigation order, and the portal starts on the journal', () => {
    expect(sections.map((s) => s.spec.id)).toEqual(['journal', 'learn', 'community', 'admin']);
    expect(publicSections.map((s) => s.spec.id)).toEqual(['signIn']);
    expect(HOME_PATH).toBe('/journal');
  });

  it('resolves every route of every table to itself, with its parameters decoded', () => {
    for (const { spec } of all)
      for (const [routeId, route] of Object.entries(spec.routes)) {
        const value = 'a/b c%é';
        const path = route.path.replace(/:\w+/g, encodeURIComponent(value));
        const within = spec.id === 'signIn' ? publicSections : sections;
        const found = resolvePath(path, within);
        expect(found, path).toMatchObject({ kind: 'page', routeId, section: { spec: { id: spec.id } } });
        const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        expect(found.kind === 'page' && found.params).toEqual(
          Object.fromEntries(names.map((n) => [n, value])),
        );
      }
  });

  it('names a title and a navigation label that exist in English, and API permissions', () => {
    const permissions = new Set<string>();
    for (const { spec } of all) {
      expect(typeof english(`common:${spec.label}`), spec.label).toBe('string');
      for (const route of Object.values(spec.routes)) {
        expect(typeof english(route.title), route.title).toBe('string');
        if (route.permission) permissions.add(route.permission);
      }
    }
    expect([...permissions].sort()).toEqual(['journal:read', 'journal:write', 'tenant:update']);
    expect(en.nav.admin).toBe('Admin');
  });

  it('says "not found" for an unknown page, naming the section it is in', () => {
    expect(resolvePath('/admin/users')).toMatchObject({
      kind: 'notFound',
      section: { spec: { id: 'admin' } },
    });
    expect(resolvePath('/journal/nope')).toMatchObject({
      kind: 'notFound',
      section: { spec: { id: 'journal' } },
    });
    expect(resolvePath('/journal/trades/a/b')).toMatchObject({
      kind: 'notFound',
      section: { spec: { id: 'journal' } },
    });
    expect(resolvePath('/journal/trades/%E0%A4%A')).toMatchObject({ kind: 'notFound' }); // malformed escape
    expect(resolvePath('/journalism')).toEqual({ kind: 'notFound', section: null });
    expect(resolvePath('/nope')).toEqual({ kind: 'notFound', section: null });
    expect(resolvePath('/sign-in')).toEqual({ kind: 'notFound', section: null }); // not a signed-in page
    expect(resolvePath('/sign-in/x', publicSections)).toMatchObject({
      kind: 'notFound',
      section: { spec: { id: 'signIn' } },
    });
  });

  it('leads a section without a page of its own to its start page', () => {
    expect(resolvePath('/admin')).toMatchObject({ kind: 'start', to: '/admin/branding' });
    expect(resolvePath('/journal')).toMatchObject({ kind: 'page', routeId: 'dashboard' });
    expect(startPath(admin)).toBe('/admin/branding');
  });

  it('prefers the route with more fixed segments', () => {
    const s = defineSection({
      id: 'journal',
      path: '/x',
      label: 'nav.journal',
      start: 'list',
      routes: {
        one: { path: '/x/:id', permission: null, title: 'journal:tradeTitle' },
        list: { path: '/x', permission: null, title: 'journal:nav.trades' },
        fresh: { path: '/x/new', permission: null, title: 'journal:nav.import' },
      },
    });
    const within = [{ spec: s, Component: () => null }];
    expect(resolvePath('/x/new', within)).toMatchObject({ routeId: 'fresh', params: {} });
    expect(resolvePath('/x/old', within)).toMatchObject({ routeId: 'one', params: { id: 'old' } });
  });

  it('refuses a table with a route outside its path, two routes on one path, or a start page with parameters', () => {
    const base = { id: 'journal', path: '/x', label: 'nav.journal' } as const;
    const route = (path: `/${string}`) => ({ path, permission: null, title: 'journal:title' }) as const;
    expect(() => defineSection({ ...base, start: 'a', routes: { a: route('/y') } })).toThrow(/not under \/x/);
    expect(() =>
      defineSection({ ...base, start: 'a', routes: { a: route('/x/:a'), b: route('/x/:b') } }),
    ).toThrow(/another route/);
    expect(() => defineSection({ ...base, start: 'a', routes: { a: route('/x/:id') } })).toThrow(
      /parameters/,
    );
    expect(() => defineSection({ ...base, start: 'a', routes: { a: route('/x//y') } })).toThrow(
      /plain segments/,
    );
  });

  it('builds paths with their parameters encoded, typed by the path', () => {
    expect(pathTo(journal.routes.trade, { tradeId: 'a/b c' })).toBe('/journal/trades/a%2Fb%20c');
    expect(pathTo(journal.routes.trades)).toBe('/journal/trades');
    expect(matchPath('/journal/trades/:tradeId', pathTo(journal.routes.trade, { tradeId: 'a/b c' }))).toEqual(
      {
        tradeId: 'a/b c',
      },
    );
    expectTypeOf<RouteParams<'/journal/trades/:tradeId'>>().toEqualTypeOf<{ readonly tradeId: string }>();
    expectTypeOf<RouteParams<'/a/:x/b/:y'>>().toEqualTypeOf<{ readonly x: string; readonly y: string }>();
    expectTypeOf<keyof RouteParams<'/journal'>>().toEqualTypeOf<never>();
    type Props = SectionPageProps<typeof journal>;
    expectTypeOf<Extract<Props, { routeId: 'trade' }>['params']>().toEqualTypeOf<{
      readonly tradeId: string;
    }>();
    expectTypeOf<Props['routeId']>().toEqualTypeOf<
      'dashboard' | 'trades' | 'trade' | 'import' | 'accounts'
    >();
    // @ts-expect-error -- the trade's path takes a tradeId
    pathTo(journal.routes.trade);
    // @ts-expect-error -- and no other parameter
    pathTo(journal.routes.trade, { id: 'x' });
  });

  it('allows a page to those holding its permission; a null permission to any signed-in user', () => {
    expect(allows(journal.routes.import, ['journal:read', 'journal:write'])).toBe(true);
    expect(allows(journal.routes.import, ['journal:read'])).toBe(false);
    expect(allows(admin.routes.branding, ['journal:read', 'journal:write', 'tenant:read'])).toBe(false);
    expect(allows(admin.routes.branding, ['tenant:update'])).toBe(true);
    expect(allows({ path: '/learn', permission: null, title: 'learn:title' }, [])).toBe(true);
  });
});

describe('routes', () => {
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
