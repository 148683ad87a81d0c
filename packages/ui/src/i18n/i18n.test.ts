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
    const english = new Set(keys({ ...en, ...enComponents } as Tree).map(base));
    for (const locale of [de, ar])
      for (const k of keys(locale as Tree)) expect(english, k).toContain(base(k));
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
