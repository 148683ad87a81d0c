import { resolveTheme } from '@journalkit/theme';
import type { TenantThemeDoc } from '@journalkit/theme';

/** A small logo (mark + word) served by the test's static server. */
export const logo = (color: string, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="40" height="40" rx="9" fill="${color}"/><path d="M10 26l8-10 6 7 5-5 6 8" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/><text x="50" y="27" font-family="sans-serif" font-size="18" font-weight="700" fill="${color}">${text}</text></svg>`;

/** Two tenants with different themes, locales and roles. */
export const tenants = {
  a: {
    slug: 'acme-e2e',
    name: 'Acme Trading',
    email: 'owner@acme.test',
    password: 'acme-password-1',
    roles: ['owner'],
    settings: { defaultLocale: 'en', supportedLocales: ['en', 'ar'] },
    theme: {
      id: 'acme-e2e',
      name: 'Acme Trading',
      brand: { primary: '#0b5fff' },
      colorMode: 'light',
      radius: 'small',
      logo: { url: '/e2e/acme.svg' },
      favicon: '/e2e/acme.svg',
    } satisfies TenantThemeDoc,
  },
  b: {
    slug: 'nordic-e2e',
    name: 'Nordic Markets',
    email: 'trader@nordic.test',
    password: 'nordic-password-1',
    roles: ['member'],
    settings: { defaultLocale: 'ar', supportedLocales: ['ar', 'en'] },
    theme: {
      id: 'nordic-e2e',
      name: 'Nordic Markets',
      brand: { primary: '#c2410c' },
      colorMode: 'dark',
      radius: 'large',
      density: 'spacious',
      logo: { url: '/e2e/nordic.svg' },
    } satisfies TenantThemeDoc,
  },
};
export type Key = keyof typeof tenants;

/** The colours a theme resolves to in its own mode. */
export const colors = (doc: TenantThemeDoc) =>
  resolveTheme(doc, { mode: doc.colorMode === 'dark' ? 'dark' : 'light' }).tokens.color;
/** `#0b5fff` → `rgb(11, 95, 255)`, as getComputedStyle reports it. */
export const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
