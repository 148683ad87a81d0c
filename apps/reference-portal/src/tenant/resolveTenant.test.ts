import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config';
import { pickLocale } from './locale';
import { resolveTenant } from './resolveTenant';

describe('tenant resolution', () => {
  const hosts = { 'journal.acme.com': 'acme' };

  it('takes the tenant from /t/<slug>, on any host', () => {
    expect(resolveTenant({ hostname: 'portal.example', pathname: '/t/demo' }, hosts)).toEqual({
      slug: 'demo',
      basePath: '/t/demo',
    });
    expect(resolveTenant({ hostname: 'journal.acme.com', pathname: '/t/other-firm/admin' }, hosts)).toEqual({
      slug: 'other-firm',
      basePath: '/t/other-firm',
    });
  });

  it('falls back to the host map, with routes at the root', () => {
    expect(resolveTenant({ hostname: 'Journal.ACME.com', pathname: '/journal' }, hosts)).toEqual({
      slug: 'acme',
      basePath: '',
    });
    expect(resolveTenant({ hostname: 'unknown.example', pathname: '/journal' }, hosts)).toBeNull();
  });

  it('accepts only slugs the API could have made', () => {
    for (const pathname of ['/t/', '/t/Demo', '/t/-demo', '/t/de..mo', '/t/%2e%2e', '/tdemo', '/t/demo-'])
      expect(resolveTenant({ hostname: 'x', pathname }, {}), pathname).toBeNull();
    expect(
      resolveTenant({ hostname: 'evil.example', pathname: '/' }, { 'evil.example': '../admin' }),
    ).toBeNull();
  });
});

describe('configuration', () => {
  it('prefers the runtime API URL, then the build one, then the local default', () => {
    expect(resolveConfig({ runtimeApiUrl: 'https://api.a.example/', buildApiUrl: 'http://b' }).apiUrl).toBe(
      'https://api.a.example',
    );
    expect(resolveConfig({ buildApiUrl: 'http://127.0.0.1:4100' }).apiUrl).toBe('http://127.0.0.1:4100');
    expect(resolveConfig({}).apiUrl).toBe('http://127.0.0.1:4000');
  });

  it('merges runtime host entries over the built-in map, case-insensitively', () => {
    expect(resolveConfig({ runtimeHosts: { 'Journal.Acme.COM': 'acme' } }).hosts).toEqual({
      'journal.acme.com': 'acme',
    });
  });
});

describe('locale choice', () => {
  const tenant = { defaultLocale: 'ar', supportedLocales: ['ar', 'en'] };
  it('uses ?lang= when the tenant offers it, then the remembered choice, then the default', () => {
    expect(pickLocale({ search: '?lang=en', slug: 'x' }, tenant, null)).toBe('en');
    expect(pickLocale({ search: '?lang=fr', slug: 'x' }, tenant, null)).toBe('ar');
    expect(pickLocale({ search: '', slug: 'x' }, tenant, 'en')).toBe('en');
    expect(pickLocale({ search: '', slug: 'x' }, tenant, 'de')).toBe('ar');
  });
});
