import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { addJournalkitStrings, createJournalkitI18n } from './createI18n';
import { ar } from './locales/ar';
import { de } from './locales/de';
import { en } from './locales/en';
import { enComponents, select } from './locales/enComponents';
import { isRtlLocale, safeLocale } from './rtl';
import { registerEnglish } from './useT';

type Tree = { [k: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const flat = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${prefix}${k}`, v] as const] : [...flat(v, `${prefix}${k}.`)],
    ),
  );
// i18next's {{name}}, and Radix's {hotkey} in the toast region's label.
const VARIABLE = /\{\{?\s*([\w.]+)\s*\}\}?/g;
const vars = (text: string) => new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!));
const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((v) => b.has(v));
const LETTER = /\p{L}/u;

/** The whole English tree (the core and every component group), flat and by base key. */
const englishFlat = flat({ ...en, ...enComponents } as Tree);
const englishBases = new Set([...englishFlat.keys()].map(base));
const plural = new Set([...englishFlat.keys()].filter((k) => base(k) !== k).map(base));

/** Translations that are rightly the English word: trading terms German uses as is, brand names, units. */
const sameAsEnglish = {
  de: [
    'breakdownChart.side.long',
    'breakdownChart.side.short',
    'common.optional',
    'equityCurve.drawdown',
    'importWizard.fields.symbol',
    'importWizard.formats.binance',
    'importWizard.formats.mt4',
    'importWizard.formats.mt5',
    'importWizard.formats.ninjatrader',
    'importWizard.formats.schwab',
    'importWizard.formats.tastytrade',
    'importWizard.formats.thinkorswim',
    'importWizard.formats.tradezero',
    'importWizard.formats.tradovate',
    'importWizard.formats.webull',
    'journalEntryEditor.emotion',
    'journalEntryEditor.emotions.neutral',
    'journalEntryEditor.setup',
    'statsGrid.rValue',
    'tradeDetail.long',
    'tradeDetail.short',
    'tradeTable.label',
    'tradeTable.long',
    'tradeTable.r',
    'tradeTable.short',
    'tradeTable.symbol',
  ],
  ar: [
    'importWizard.formats.binance',
    'importWizard.formats.mt4',
    'importWizard.formats.mt5',
    'importWizard.formats.ninjatrader',
    'importWizard.formats.schwab',
    'importWizard.formats.tastytrade',
    'importWizard.formats.thinkorswim',
    'importWizard.formats.tradezero',
    'importWizard.formats.tradovate',
    'importWizard.formats.webull',
    'statsGrid.rValue',
    'tradeTable.r',
  ],
};

describe('i18n', () => {
  it('gives each provider its own instance with English complete and fallbacks', () => {
    const a = createJournalkitI18n({ locale: 'de', resources: { de } });
    const b = createJournalkitI18n({
      locale: 'de',
      resources: { de },
      strings: { de: { common: { close: 'Zu' } } },
    });
    expect(a).not.toBe(b);
    expect(a.t('common.close')).toBe('Schließen');
    expect(b.t('common.close')).toBe('Zu');
    expect(createJournalkitI18n({ locale: 'fr' }).t('dialog.close')).toBe('Close dialog');
  });

  it('pluralises per locale', () => {
    const e = createJournalkitI18n({ locale: 'en' });
    expect(e.t('field.characterCount', { count: 1, max: 10 })).toBe('1 of 10 character');
    expect(e.t('field.characterCount', { count: 3, max: 10 })).toBe('3 of 10 characters');
    const a = createJournalkitI18n({ locale: 'ar', resources: { ar } });
    expect(a.t('field.characterCount', { count: 2, max: 10 })).toBe('حرفان من 10');
  });

  it('bundled locales only use keys English has', () => {
    for (const locale of [de, ar])
      for (const k of keys(locale as Tree)) expect(englishBases, k).toContain(base(k));
  });

  describe.each([
    ['de', de],
    ['ar', ar],
  ] as const)('%s', (lng, locale) => {
    const translated = flat(locale as Tree);
    const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;

    it('translates every English key, plural keys in each form the language needs', () => {
      const missing = [...englishBases].flatMap((b) =>
        plural.has(b)
          ? forms.map((f) => `${b}_${f}`).filter((k) => !translated.get(k)?.trim())
          : translated.get(b)?.trim()
            ? []
            : [b],
      );
      expect(missing).toEqual([]);
    });

    it('keeps the interpolation variables of the English', () => {
      const wrong = [...translated].flatMap(([k, text]) => {
        const have = vars(text);
        const b = base(k);
        if (!plural.has(b)) return same(have, vars(englishFlat.get(k)!)) ? [] : [`${k}: ${text}`];
        // A plural form may say its number in words ("صفقتان") and leave out {{count}}.
        const all = new Set([...englishFlat].filter(([e]) => base(e) === b).flatMap(([, v]) => [...vars(v)]));
        const ok = [...have].every((v) => all.has(v)) && [...all].every((v) => v === 'count' || have.has(v));
        return ok ? [] : [`${k}: ${text}`];
      });
      expect(wrong).toEqual([]);
    });

    it('does not leave English text in place (except the terms listed as the same)', () => {
      const same = [...translated]
        .filter(([k, text]) => LETTER.test(text.replace(VARIABLE, '')) && text === englishFlat.get(k))
        .map(([k]) => k);
      expect(same.sort()).toEqual([...sameAsEnglish[lng]].sort());
    });
  });

  it('gives journal components their German and Arabic terms and Arabic plurals', () => {
    const g = createJournalkitI18n({ locale: 'de', resources: { de } });
    expect(g.t('statsGrid.profitFactor')).toBe('Profitfaktor');
    expect(g.t('breakdownChart.label', { metric: 'Trefferquote', by: 'Setup' })).toBe(
      'Trefferquote nach Setup',
    );
    const a = createJournalkitI18n({ locale: 'ar', resources: { ar } });
    expect(a.t('statsGrid.profitFactor')).toBe('عامل الربح');
    expect([1, 2, 3, 11, 100].map((count) => a.t('breakdownChart.trades', { count }))).toEqual([
      'صفقة واحدة',
      'صفقتان',
      '3 صفقات',
      '11 صفقة',
      '100 صفقة',
    ]);
  });

  it("registers a component's English on use, keeping tenant overrides and other locales", () => {
    const i = createJournalkitI18n({
      locale: 'de',
      resources: { de },
      strings: { en: { select: { placeholder: 'Pick one' } } },
    });
    expect(i.exists('select.placeholder', { lng: 'fr' })).toBe(true);
    registerEnglish(i, select);
    registerEnglish(i, { ...select, select: { placeholder: 'Other' } });
    expect(i.t('select.placeholder', { lng: 'en' })).toBe('Pick one');
    const plain = createJournalkitI18n({ locale: 'fr' });
    expect(plain.exists('combobox.noResults')).toBe(false);
    registerEnglish(plain, { combobox: enComponents.combobox });
    expect(plain.t('combobox.noResults')).toBe('No results');
    expect(plain.t('combobox.results', { count: 2 })).toBe('2 results available');
  });

  it('adds its namespace to a host app instance without clobbering its strings', async () => {
    const host = createInstance();
    await host.init({ lng: 'en', resources: { en: { journalkit: { common: { close: 'Host close' } } } } });
    addJournalkitStrings(host, { strings: { en: { dialog: { close: 'Tenant close' } } } });
    expect(host.t('common.close', { ns: 'journalkit' })).toBe('Host close');
    expect(host.t('common.loading', { ns: 'journalkit' })).toBe('Loading…');
    expect(host.t('dialog.close', { ns: 'journalkit' })).toBe('Tenant close');
  });

  it('flags right-to-left locales and survives malformed ones', () => {
    for (const l of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) expect(isRtlLocale(l)).toBe(true);
    for (const l of ['en', 'de-AT', 'ja']) expect(isRtlLocale(l)).toBe(false);
    expect(safeLocale('not a locale!')).toBe('en');
    expect(safeLocale('PT-br')).toBe('pt-BR');
  });
});
