import { describe, expect, it } from 'vitest';
import { createTheme, createThemes } from './createTheme';
import { toCssText, toCssVars, toThemeCss } from './css';
import { presets } from './presets';
import { InvalidTenantThemeError } from './schema/validate';
import { flattenLeaves, vars } from './tokens/tree';

const light = createTheme(presets.default, { mode: 'light' });

describe('toCssVars', () => {
  it('emits --jk-* properties for every tier', () => {
    const cssVars = toCssVars(light);
    expect(cssVars).toMatchObject({
      '--jk-color-accent': '#4f46e5',
      '--jk-color-on-accent': expect.stringMatching(/^#[0-9a-f]{6}$/),
      '--jk-color-surface-raised': '#ffffff',
      '--jk-space-4': '12px',
      '--jk-font-size-md': '1rem',
      '--jk-font-weight-semibold': '600',
      '--jk-radius-control': '6px',
      '--jk-control-height-md': '40px',
      '--jk-duration-fast': '120ms',
      '--jk-z-modal': '1310',
      '--jk-outline-width': '2px',
      '--jk-button-radius': 'var(--jk-radius-control)',
      '--jk-focus-ring-color': 'var(--jk-color-focus)',
    });
    for (const name of Object.keys(cssVars)) expect(name).toMatch(/^--jk-[a-z0-9]+(-[a-z0-9]+)*$/);
    // No two tokens may share a property name (component tokens drop their `component` prefix).
    expect(Object.keys(cssVars)).toHaveLength(flattenLeaves(light.tokens).length);
  });

  it('follows density, radius and contrast choices', () => {
    const compact = toCssVars(createTheme(presets['dark-brokerage'], { mode: 'dark' }));
    expect(compact['--jk-control-height-md']).toBe('32px');
    expect(compact['--jk-radius-control']).toBe('3px');
    expect(compact['--jk-font-family-body']).toContain('IBM Plex Sans');
    const hc = toCssVars(createTheme(presets['high-contrast'], { mode: 'light' }));
    expect(hc['--jk-border-width-strong']).toBe('2px');
    expect(hc['--jk-outline-width']).toBe('3px');
  });

  it('has a value for every var() the styled-components theme and component tokens reference', () => {
    for (const doc of Object.values(presets))
      for (const mode of ['light', 'dark'] as const) {
        const cssVars = toCssVars(createTheme(doc, { mode }));
        const refs = [...flattenLeaves(vars).map(([, v]) => v), ...Object.values(cssVars)].flatMap((v) =>
          [...v.matchAll(/var\((--jk-[a-z0-9-]+)\)/g)].map((m) => m[1]!),
        );
        expect(refs.length).toBeGreaterThan(100);
        for (const ref of refs) expect(cssVars, ref).toHaveProperty([ref]);
      }
  });
});

describe('vars (the styled-components theme)', () => {
  it('is the same var() reference for every tenant and mode', () => {
    expect(vars.color.accent).toBe('var(--jk-color-accent)');
    expect(vars.space[4]).toBe('var(--jk-space-4)');
    expect(vars.font.size['2xl']).toBe('var(--jk-font-size-2xl)');
    expect(vars.component.button.radius).toBe('var(--jk-button-radius)');
    expect(flattenLeaves(vars).every(([, v]) => v.startsWith('var(--jk-'))).toBe(true);
  });
});

describe('toCssText and toThemeCss', () => {
  it('wraps one theme in a selector', () => {
    const css = toCssText(light, ':root');
    expect(css.startsWith(':root{--jk-color-canvas:')).toBe(true);
    expect(css.endsWith('color-scheme:light;}')).toBe(true);
  });

  it('switches colours by attribute and prefers-color-scheme, sharing the rest', () => {
    const css = toThemeCss(presets.default, { selector: '[data-jk-key="k"]' });
    const dark = createTheme(presets.default, { mode: 'dark' }).tokens.color;
    expect(css).toContain(`[data-jk-key="k"][data-color-mode="dark"]{--jk-color-canvas:${dark.canvas};`);
    expect(css).toContain(`@media (prefers-color-scheme: dark){[data-jk-key="k"][data-color-mode="auto"]{`);
    expect(css).toContain(
      '@media (prefers-reduced-motion: reduce){[data-jk-key="k"]{--jk-duration-instant:0ms;',
    );
    const darkBlock = css.split('[data-color-mode="dark"]{')[1]!.split('}')[0]!;
    expect(darkBlock).not.toContain('--jk-space-');
    expect(toThemeCss(createThemes(presets.default), { selector: '[data-jk-key="k"]' })).toBe(css);
  });

  it('is deterministic, so server-rendered HTML matches the client', () => {
    const a = toThemeCss({ ...presets['light-education'] }, { selector: '.t' });
    const b = toThemeCss(JSON.parse(JSON.stringify(presets['light-education'])), { selector: '.t' });
    expect(a).toBe(b);
  });

  it('never emits a value that could escape its declaration', () => {
    const css = toThemeCss(presets['dark-brokerage'], { selector: '.t' });
    expect(css).not.toMatch(/<|\\/);
    const tampered = {
      ...light,
      tokens: {
        ...light.tokens,
        font: { ...light.tokens.font, family: { body: 'x;}body{x', heading: 'a', mono: 'b' } },
      },
    };
    expect(() => toCssText(tampered, '.t')).toThrow(/Unsafe CSS value/);
  });
});

describe('createTheme', () => {
  it('rejects invalid documents with every error', () => {
    const bad = { id: 'x', name: 'X', brand: { primary: 'red' }, radius: 'round' } as never;
    expect(() => createTheme(bad, { mode: 'light' })).toThrow(InvalidTenantThemeError);
    try {
      createTheme(bad, { mode: 'light' });
    } catch (e) {
      expect((e as InvalidTenantThemeError).errors.map((x) => x.path)).toEqual(['/brand/primary', '/radius']);
    }
  });

  it('carries tenant metadata and picks the dark logo in dark mode', () => {
    const doc = {
      ...presets.default,
      logo: { url: '/logo.svg', darkUrl: '/logo-dark.svg', width: 120 },
      favicon: '/f.ico',
    };
    expect(createTheme(doc, { mode: 'dark' })).toMatchObject({
      id: 'default',
      mode: 'dark',
      colorMode: 'auto',
      logo: { url: '/logo-dark.svg', width: 120 },
      favicon: '/f.ico',
    });
  });
});
