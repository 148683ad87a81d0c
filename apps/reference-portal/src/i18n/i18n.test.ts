import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { createPortalI18n, PORTAL_NAMESPACE } from './i18n';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v, `${prefix}${k}.`),
  );

describe('portal strings', () => {
  // The compiler already demands every English key in de and ar (PortalLocaleStrings); these
  // catch a key left in English.
  it('has Arabic, not English, in every Arabic string', () => {
    const untranslated = leaves(ar as unknown as Tree).filter(
      ([key, text]) => key !== 'app.pageTitle' && !/\p{Script=Arabic}/u.test(text),
    );
    expect(untranslated).toEqual([]);
  });

  it('has German wherever English is more than a name or a loanword', () => {
    const english = new Map(leaves(en as unknown as Tree));
    const same = leaves(de as unknown as Tree)
      .filter(
        ([key, text]) => key !== 'app.pageTitle' && english.get(key) === text && text.split(' ').length > 2,
      )
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('picks each language’s plural form and formats the count', () => {
    const t = (locale: string, count: number) =>
      createPortalI18n(locale).t('journal.tradesLoadedAll', { ns: PORTAL_NAMESPACE, count });
    expect(t('en', 1)).toBe('1 trade, all loaded');
    expect(t('en', 1234)).toBe('All 1,234 trades loaded');
    expect(t('de', 1234)).toBe('Alle 1.234 Trades geladen');
    expect(t('ar', 2)).toBe('حُمّلت الصفقتان كلتاهما');
    expect(t('ar', 3)).toMatch(/^حُمّلت الصفقات كلها، وعددها/);
    expect(t('ar', 100)).toMatch(/^حُمّلت كل الصفقات، وعددها/);
  });
});
