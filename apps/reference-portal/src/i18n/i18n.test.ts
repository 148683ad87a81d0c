import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ar as kitAr, de as kitDe, en as kitEn, enComponents as kitEnComponents } from '@journalkit/ui';
import type { i18n as I18n } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortal } from '../../test/browser';
import { KIT_NAMESPACE, PORTAL_LANGUAGES } from './backend';
import type { Catalog } from './backend';
import { createPortalI18n } from './i18n';
import type { PortalNamespace } from './types';

const NAMESPACES = ['common', 'signIn', 'journal', 'learn', 'community', 'admin'] as const;
// Every namespace of the type is in the list (adding one to PortalCatalogs without it fails here).
const _all: Exclude<PortalNamespace, (typeof NAMESPACES)[number]> extends never ? true : never = true;
void _all;

const files = import.meta.glob<{ default: Catalog }>('./catalogs/*/*.ts', { eager: true });
const catalog = (lng: string, ns: string): Catalog | undefined =>
  files[`./catalogs/${lng}/${ns}.ts`]?.default;

const leaves = (tree: Catalog, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v, `${prefix}${k}.`),
  );

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();

/** The keys a language must have for an English catalog: plural keys in the language's own forms. */
function expectedKeys(english: Catalog, lng: string): string[] {
  const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const [key] of leaves(english))
    if (PLURAL.test(key)) for (const form of forms) keys.add(key.replace(PLURAL, `_${form}`));
    else keys.add(key);
  return [...keys].sort();
}

/** Resolves once the instance has loaded what it loads first (`common` and the kit's strings). */
const ready = (i18n: I18n) =>
  new Promise<void>((resolve) => (i18n.isInitialized ? resolve() : i18n.on('initialized', () => resolve())));

describe('portal string catalogs', () => {
  it('ships every namespace in every language', () => {
    expect([...PORTAL_LANGUAGES].sort()).toEqual(['ar', 'de', 'en']);
    const found = Object.keys(files).map((f) => f.replace(/^\.\/catalogs\/|\.ts$/g, ''));
    expect(found.sort()).toEqual(PORTAL_LANGUAGES.flatMap((l) => NAMESPACES.map((n) => `${l}/${n}`)).sort());
  });

  // The compiler already demands every English key (LocaleCatalog); this also holds the plural
  // forms each language has (Arabic: zero, one, two, few, many, other), no stray key, and the
  // same {{placeholders}} as English.
  it.each(PORTAL_LANGUAGES.flatMap((lng) => NAMESPACES.map((ns) => [lng, ns] as const)))(
    '%s/%s has every key of English, in its own plural forms, with the same placeholders',
    (lng, ns) => {
      const english = catalog('en', ns)!;
      const own = catalog(lng, ns)!;
      expect(
        leaves(own)
          .map(([k]) => k)
          .sort(),
      ).toEqual(expectedKeys(english, lng));
      const en = new Map(leaves(english));
      for (const [key, text] of leaves(own)) {
        const source = en.get(key) ?? en.get(key.replace(PLURAL, '_other'))!;
        const strip = (names: string[]) => (PLURAL.test(key) ? names.filter((n) => n !== 'count') : names);
        expect(strip([...new Set(placeholders(text))]), `${lng}/${ns}:${key}`).toEqual(
          strip([...new Set(placeholders(source))]),
        );
        expect(text.trim(), `${lng}/${ns}:${key}`).not.toBe('');
      }
    },
  );

  it('has Arabic, not English, in every Arabic string', () => {
    const untranslated = NAMESPACES.flatMap((ns) =>
      leaves(catalog('ar', ns)!)
        .filter(([key, text]) => key !== 'app.pageTitle' && !/\p{Script=Arabic}/u.test(text))
        .map(([key]) => `${ns}:${key}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('has German wherever English is more than a name or a loanword', () => {
    const same = NAMESPACES.flatMap((ns) => {
      const english = new Map(leaves(catalog('en', ns)!));
      return leaves(catalog('de', ns)!)
        .filter(([key, text]) => english.get(key) === text && text.split(' ').length > 2)
        .filter(([key]) => !(ns === 'common' && key === 'app.pageTitle'))
        .map(([key]) => `${ns}:${key}`);
    });
    expect(same).toEqual([]);
  });

  it('picks each language’s plural form and formats the count', async () => {
    const t = async (locale: string, count: number) => {
      const i18n = createPortalI18n(locale);
      await ready(i18n);
      await i18n.loadNamespaces('journal');
      return i18n.t('journal:tradesLoadedAll', { count });
    };
    expect(await t('en', 1)).toBe('1 trade, all loaded');
    expect(await t('en', 1234)).toBe('All 1,234 trades loaded');
    expect(await t('de', 1234)).toBe('Alle 1.234 Trades geladen');
    expect(await t('ar', 2)).toBe('حُمّلت الصفقتان كلتاهما');
    expect(await t('ar', 3)).toMatch(/^حُمّلت الصفقات كلها، وعددها/);
    expect(await t('ar', 100)).toMatch(/^حُمّلت كل الصفقات، وعددها/);
  });

  it('loads the shell’s strings first, a section’s when asked, and only in the page’s language', async () => {
    const i18n = createPortalI18n('ar');
    await ready(i18n);
    const loaded = () =>
      Object.fromEntries(Object.entries(i18n.store.data).map(([lng, nss]) => [lng, Object.keys(nss).sort()]));
    expect(loaded()).toEqual({ ar: ['common', KIT_NAMESPACE].sort() });
    expect(i18n.t('common:nav.journal')).toBe('اليوميات');
    expect(i18n.t('journalkit:common.close')).toBe(kitAr.common!.close);
    await i18n.loadNamespaces('signIn');
    expect(loaded()).toEqual({ ar: ['common', KIT_NAMESPACE, 'signIn'].sort() });
    expect(i18n.t('signIn:submit')).toBe('تسجيل الدخول');

    // Switching language loads what is in use, in the new language only.
    await i18n.changeLanguage('de');
    expect(loaded().de).toEqual(['common', KIT_NAMESPACE, 'signIn'].sort());
    expect(loaded().en).toBeUndefined();
    expect(i18n.t('signIn:submit')).toBe('Anmelden');
  });

  it('knows its language at once: a namespace asked for before the first load is in that language', async () => {
    // As a page that renders before the shell's strings have arrived asks for its own.
    const i18n = createPortalI18n('ar');
    await i18n.loadNamespaces('signIn');
    await ready(i18n);
    expect(Object.keys(i18n.store.data)).toEqual(['ar']);
  });

  it('reads a region in its language’s catalogs, and a language without catalogs in English', async () => {
    const austrian = createPortalI18n('de-AT');
    await ready(austrian);
    expect(austrian.t('common:nav.admin')).toBe('Verwaltung');
    expect(Object.keys(austrian.store.data)).toEqual(['de']);
    const french = createPortalI18n('fr');
    await ready(french);
    expect(french.t('common:nav.admin')).toBe('Admin');
    expect(Object.keys(french.store.data)).toEqual(['en']);
  });
});

describe('the built portal', () => {
  let dist: string;
  let js: Map<string, string>;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'jk-portal-i18n-'));
    await buildPortal(dist);
    const assets = path.join(dist, 'assets');
    // Paths under assets/ (`index-….js`, `i18n/ar/signIn-….js`).
    js = new Map(
      readdirSync(assets, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(assets, f), 'utf8')]),
    );
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  /** index.html's module script and preloads, and every chunk they import statically. */
  function initialChunks(): string[] {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const queue = [
      ...html.matchAll(/<script type="module"[^>]*src="\/assets\/([^"]+)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g),
    ].map((m) => m[1]!);
    const seen = new Set<string>();
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); `import(…)` is not initial.
      for (const m of js
        .get(file)!
        .matchAll(/(?:^|[;\n}])\s*import\s*(?:[^;"'`()]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g))
        queue.push(m[1]!);
    }
    return [...seen];
  }

  // Strings distinctive enough to find in minified code: a few words, not only placeholders.
  const distinctive = (tree: Catalog) =>
    leaves(tree)
      .map(([, text]) => text)
      .filter((text) => text.replace(/\{\{[^}]*\}\}/g, '').trim().length >= 12 && text.includes(' '));

  it('loads no catalog up front: the first chunks hold no portal string and none of the kit’s other languages', () => {
    const initial = initialChunks();
    expect(initial.some((f) => f.startsWith('index-'))).toBe(true);
    expect(initial.filter((f) => f.startsWith('i18n/'))).toEqual([]);
    const code = initial.map((f) => js.get(f)!).join('\n');
    // The kit bundles its English (its own base), so a portal string that is also the kit's is no sign.
    const kitEnglish = new Set(leaves({ ...kitEn, ...kitEnComponents } as Catalog).map(([, v]) => v));
    const found: string[] = [];
    for (const lng of PORTAL_LANGUAGES)
      for (const ns of NAMESPACES)
        for (const text of distinctive(catalog(lng, ns)!))
          if (!kitEnglish.has(text) && code.includes(text)) found.push(`${lng}/${ns}: ${text}`);
    for (const [lng, tree] of [
      ['de', kitDe],
      ['ar', kitAr],
    ] as const)
      for (const text of distinctive(tree as Catalog))
        if (code.includes(text)) found.push(`kit ${lng}: ${text}`);
    expect(found).toEqual([]);
    expect(code).not.toMatch(/\p{Script=Arabic}{3}/u);
  });

  it('puts each language’s namespace in a chunk of its own, named for it', () => {
    const chunkOf = (name: string) => {
      const matches = [...js.keys()].filter((f) => f.startsWith(`i18n/${name}-`));
      expect(matches, name).toHaveLength(1);
      return js.get(matches[0]!)!;
    };
    for (const lng of PORTAL_LANGUAGES)
      for (const ns of NAMESPACES) {
        const code = chunkOf(`${lng}/${ns}`);
        for (const text of distinctive(catalog(lng, ns)!)) expect(code, `${lng}/${ns}`).toContain(text);
        for (const other of PORTAL_LANGUAGES.filter((l) => l !== lng))
          for (const text of distinctive(catalog(other, ns)!).filter(
            (s) => !distinctive(catalog(lng, ns)!).includes(s),
          ))
            expect(code, `${lng}/${ns} holds ${other}`).not.toContain(text);
      }
    expect(chunkOf(`ar/${KIT_NAMESPACE}`)).toContain(kitAr.common!.close!);
    expect(chunkOf(`de/${KIT_NAMESPACE}`)).toContain(kitDe.common!.close!);
  });
});
