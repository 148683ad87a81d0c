import { presets } from '@journalkit/theme';
import { describe, expect, it } from 'vitest';
import { fallbackTheme, tenantTheme } from '../../../tenant/theme';
import { applyDraft, checkDraft, draftFromTheme, fieldOf, toColorInputValue } from './themeDraft';

describe('theme drafts', () => {
  const base = { ...fallbackTheme('acme', 'Acme'), logo: { url: '/a.svg', darkUrl: '/a-dark.svg' } };

  it('round-trips the edited fields and keeps the rest of the document', () => {
    const draft = draftFromTheme(base);
    expect(applyDraft(base, draft)).toEqual(base);
    const next = applyDraft(base, { ...draft, primary: '#ff0000', radius: 'full', logoUrl: '/b.svg' });
    expect(next.brand.primary).toBe('#ff0000');
    expect(next.radius).toBe('full');
    expect(next.logo).toEqual({ url: '/b.svg' }); // a new logo drops the old dark variant
    expect(applyDraft(base, { ...draft, logoUrl: ' ' }).logo).toBeUndefined();
  });

  it("reports the theme package's errors by field, and its AA adjustments when valid", () => {
    const bad = checkDraft(base, {
      ...draftFromTheme(base),
      primary: 'blue',
      logoUrl: 'http://insecure.example/x.png',
    });
    expect(bad.errors.map((e) => fieldOf(e.path))).toEqual(expect.arrayContaining(['primary', 'logoUrl']));
    expect(bad.adjustments).toEqual([]);
    const yellow = checkDraft(base, { ...draftFromTheme(base), primary: '#ffd400', colorMode: 'light' });
    expect(yellow.errors).toEqual([]);
    expect(yellow.adjustments.some((a) => a.token === 'accent' && a.mode === 'light')).toBe(true);
  });

  it('validates stored themes before use and falls back to a default one', () => {
    expect(tenantTheme(presets['dark-brokerage'], 'x', 'X').theme).toEqual(presets['dark-brokerage']);
    const broken = tenantTheme({ brand: '#0052ff', mode: 'auto' }, 'acme', 'Acme');
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(broken.theme).toMatchObject({ id: 'acme', name: 'Acme' });
    expect(tenantTheme(null, 'acme', 'Acme').errors).toEqual([]);
  });

  it('gives colour inputs the long hex form', () => {
    expect(toColorInputValue('#ABC')).toBe('#aabbcc');
    expect(toColorInputValue('#0b5fff')).toBe('#0b5fff');
    expect(toColorInputValue('blue')).toBeUndefined();
  });
});
