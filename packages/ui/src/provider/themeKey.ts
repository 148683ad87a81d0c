import type { TenantThemeDoc } from '@journalkit/theme';

/** FNV-1a over the document's JSON: the same document always gets the same key (SSR-safe). */
export function themeKey(doc: TenantThemeDoc): string {
  const text = JSON.stringify(doc);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${doc.id}-${(h >>> 0).toString(36)}`;
}
