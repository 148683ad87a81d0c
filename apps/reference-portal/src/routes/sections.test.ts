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

  it('reads paths under the tenant prefix', () => {
    expect(relativePath('/t/acme', '/t/acme')).toBe('/');
    expect(relativePath('/t/acme/', '/t/acme')).toBe('/');
    expect(relativePath('/t/acme/admin/branding/', '/t/acme')).toBe('/admin/branding');
    expect(relativePath('/journal', '')).toBe('/journal');
  });
});
