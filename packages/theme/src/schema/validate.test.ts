import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { presets } from '../presets';
import { semanticColorNames } from '../tokens/semantic';
import { tenantThemeSchema } from './definition';
import { validateTenantTheme } from './validate';

const valid = { id: 'acme', name: 'Acme Trading', brand: { primary: '#0b5fff' } };
const errorsOf = (doc: unknown) => {
  const r = validateTenantTheme(doc);
  return r.ok ? [] : r.errors;
};

describe('validateTenantTheme', () => {
  it('accepts the minimal document and every preset', () => {
    expect(validateTenantTheme(valid)).toEqual({ ok: true, theme: valid });
    for (const doc of Object.values(presets)) expect(errorsOf(doc)).toEqual([]);
  });

  it.each([
    ['a non-object', 'blue', [{ path: '', reason: 'must be an object (got "blue")' }]],
    ['null', null, [{ path: '', reason: 'must be an object (got null)' }]],
    [
      'missing required fields',
      {},
      [
        { path: '/id', reason: 'is required' },
        { path: '/name', reason: 'is required' },
        { path: '/brand', reason: 'is required' },
      ],
    ],
    [
      'a named colour',
      { ...valid, brand: { primary: 'blue' } },
      [{ path: '/brand/primary', reason: 'must be a hex colour such as "#0b5fff" (got "blue")' }],
    ],
    [
      'a bad slug',
      { ...valid, id: 'Acme Corp' },
      [{ path: '/id', reason: expect.stringContaining('must be a slug') }],
    ],
    ['an empty name', { ...valid, name: '' }, [{ path: '/name', reason: 'must not be empty' }]],
    [
      'an unknown mode',
      { ...valid, colorMode: 'night' },
      [{ path: '/colorMode', reason: 'must be one of "light", "dark", "auto" (got "night")' }],
    ],
    [
      'a typo with a suggestion',
      { ...valid, colourMode: 'dark' },
      [{ path: '/colourMode', reason: 'is not a known property (did you mean "colorMode"?)' }],
    ],
    [
      'an unknown semantic colour',
      { ...valid, colors: { dark: { backgroundColor: '#000000' } } },
      [{ path: '/colors/dark/backgroundColor', reason: 'is not a known property' }],
    ],
    [
      'a bad override value',
      { ...valid, colors: { light: { text: 'rgb(0,0,0)' } } },
      [{ path: '/colors/light/text', reason: expect.stringContaining('hex colour') }],
    ],
    [
      'CSS injection through a font stack',
      { ...valid, fonts: { body: 'Inter; } body { display: none' } },
      [{ path: '/fonts/body', reason: expect.stringContaining('CSS font-family list') }],
    ],
    [
      'a javascript: logo URL',
      { ...valid, logo: { url: 'javascript:alert(1)' } },
      [{ path: '/logo/url', reason: expect.stringContaining('https:// URL') }],
    ],
    [
      'an http favicon',
      { ...valid, favicon: 'http://x.test/f.ico' },
      [{ path: '/favicon', reason: expect.any(String) }],
    ],
    [
      'a fractional logo width',
      { ...valid, logo: { url: '/logo.svg', width: 12.5 } },
      [{ path: '/logo/width', reason: 'must be an integer (got 12.5)' }],
    ],
    [
      'a logo far too large',
      { ...valid, logo: { url: '/logo.svg', height: 4000 } },
      [{ path: '/logo/height', reason: 'must be at most 512 (got 4000)' }],
    ],
    ['a wrong version', { ...valid, version: 2 }, [{ path: '/version', reason: 'must be one of 1 (got 2)' }]],
  ])('reports %s with its path', (_label, doc, expected) => {
    expect(errorsOf(doc)).toEqual(expected);
  });

  it('collects every error, not just the first', () => {
    const errors = errorsOf({
      id: 'x',
      name: 5,
      brand: { primary: '#12', tertiary: '#fff' },
      radius: 'round',
    });
    expect(errors.map((e) => e.path)).toEqual(['/name', '/brand/primary', '/brand/tertiary', '/radius']);
  });

  it('escapes JSON Pointer segments', () => {
    expect(errorsOf({ ...valid, 'a/b~c': 1 })[0]?.path).toBe('/a~1b~0c');
  });

  it('lets tenants override every semantic colour and nothing else', () => {
    const all = Object.fromEntries(semanticColorNames.map((n) => [n, '#123456']));
    expect(errorsOf({ ...valid, colors: { light: all, dark: all } })).toEqual([]);
  });
});

describe('logo and favicon URLs', () => {
  const fields = [
    ['/logo/url', (url: string) => ({ ...valid, logo: { url } })],
    ['/logo/darkUrl', (url: string) => ({ ...valid, logo: { url: '/logo.svg', darkUrl: url } })],
    ['/favicon', (url: string) => ({ ...valid, favicon: url })],
  ] as const;
  const origin = 'https://portal.example';

  // Every one of these, put in an <img src> or <link href> on the portal, would load from
  // somewhere other than the portal's origin over anything but https — or is not a URL at all.
  const refused = [
    '//evil.example/logo.svg', // protocol-relative
    '///evil.example/logo.svg',
    '/\\evil.example/logo.svg', // a backslash reads as a slash
    '\\\\evil.example/logo.svg',
    '\\/evil.example/logo.svg',
    '/\t/evil.example/logo.svg', // tabs and newlines are stripped by the URL parser
    '/\n/evil.example/logo.svg',
    '/\r\n/evil.example/logo.svg',
    ' //evil.example/logo.svg', // leading space, trimmed
    '\t//evil.example/logo.svg',
    '/\u0000/x.svg', // control characters
    '/\u001f/x.svg',
    '/\u007f/x.svg',
    '/\u00a0/x.svg', // Unicode spaces
    '/\u3000/x.svg',
    'https://cdn.example/a b.svg',
    'https://cdn.example/\tx.svg',
    'http://cdn.example/logo.svg',
    'HTTPS://cdn.example/logo.svg',
    'https:/cdn.example/logo.svg',
    'https:cdn.example/logo.svg',
    'https://',
    'ftp://cdn.example/logo.svg',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'blob:https://portal.example/1',
    'logo.svg', // relative: depends on the page it is shown on
    './logo.svg',
    '../logo.svg',
    '',
    '／／evil.example/logo.svg', // fullwidth solidi: not a path
    "/logo.svg');background:url('//evil.example",
    '/logo.svg"><script>',
  ];

  it.each(refused)('refuses %j', (url) => {
    for (const [path, doc] of fields) {
      const errors = errorsOf(doc(url));
      expect(errors, `${path} ${JSON.stringify(url)}`).toEqual([
        { path, reason: expect.stringContaining('https:// URL or a path on this site') },
      ]);
    }
  });

  const accepted = [
    '/logo.svg',
    '/',
    '/brand/acme/logo-dark.svg?v=3#mark',
    '/a/./b/../logo.svg',
    '/.well-known/logo.svg',
    '/%2F%2Fevil.example/logo.svg', // percent-encoded slashes stay one path segment
    '/%5Cevil.example/logo.svg',
    '/logo%20mark.svg',
    '/marken/zeichen-ä.svg',
    '/／logo.svg', // a fullwidth solidus inside a path is just a character of it
    'https://cdn.example/acme.svg',
    'https://cdn.example:8443/a/b.svg?x=1',
    'https://xn--bcher-kva.example/logo.svg',
  ];

  it.each(accepted)('accepts %j', (url) => {
    for (const [path, doc] of fields) expect(errorsOf(doc(url)), path).toEqual([]);
  });

  it('accepts nothing that resolves off the origin except https (fuzzed against the URL parser)', () => {
    const pieces = [
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2f',
      '%5c',
      '\t',
      '\n',
      ' ',
      '@',
      ':',
      'https:',
      'evil.example',
      '?',
      '#',
      'logo.svg',
      '／',
    ];
    let seed = 11;
    const pick = () => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length]!;
    for (let i = 0; i < 20000; i++) {
      const url = Array.from({ length: 1 + (i % 6) }, pick).join('');
      if (!validateTenantTheme({ ...valid, favicon: url }).ok) continue;
      let resolved: URL;
      try {
        resolved = new URL(url, `${origin}/t/acme/sign-in`);
      } catch {
        // An https URL without a usable host (`https:///`) loads nothing, from anywhere.
        expect(url.startsWith('https://'), url).toBe(true);
        continue;
      }
      if (resolved.origin !== origin) expect(resolved.protocol, url).toBe('https:');
      if (url.startsWith('/')) expect(resolved.origin, url).toBe(origin);
    }
  });
});

describe('published JSON Schema', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../schema/tenant-theme.schema.json', import.meta.url), 'utf8'),
  );

  it('is current (run `pnpm --filter @journalkit/theme schema` when this fails)', () => {
    expect(file).toEqual(JSON.parse(JSON.stringify(tenantThemeSchema)));
  });

  it('is a valid draft 2020-12 schema that agrees with the validator', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const check = ajv.compile(file);
    const samples: unknown[] = [
      valid,
      ...Object.values(presets),
      {},
      { ...valid, brand: { primary: 'blue' } },
      { ...valid, colorMode: 'night' },
      { ...valid, colourMode: 'dark' },
      { ...valid, fonts: { body: 'Inter; }' } },
      { ...valid, logo: { url: 'https://cdn.test/logo.svg', width: 120 } },
      { ...valid, logo: { url: 'data:image/png;base64,AAAA' } },
      { ...valid, logo: { url: '//evil.example/logo.svg' } },
      { ...valid, favicon: '/\\evil.example/f.ico' },
      { ...valid, favicon: '/\t/evil.example/f.ico' },
      { ...valid, favicon: '/\u0001.ico' },
      { ...valid, favicon: '/favicon.ico', logo: { url: 'https://cdn.test/a.svg', darkUrl: '/b.svg' } },
      { ...valid, colors: { light: { accent: '#abc' }, dark: { accentText: '#abcdef' } } },
      { ...valid, id: '-bad-' },
      { ...valid, version: 1, contrast: 'more', radius: 'full', density: 'compact' },
    ];
    for (const doc of samples) expect(check(doc), JSON.stringify(doc)).toBe(validateTenantTheme(doc).ok);
  });
});
