import { describe, expect, it } from 'vitest';
import { formatLocaleDecimal, parseLocaleDecimal } from './localeDecimal';

describe('parseLocaleDecimal', () => {
  it("reads the locale's decimal separator and digits into the API's plain form", () => {
    expect(parseLocaleDecimal('1,5', 'de')).toBe('1.5');
    expect(parseLocaleDecimal('-0,0821', 'de-DE')).toBe('-0.0821');
    expect(parseLocaleDecimal('١٫٥', 'ar')).toBe('1.5');
    expect(parseLocaleDecimal('١٫٥', 'ar-EG')).toBe('1.5');
    expect(parseLocaleDecimal('۱٫۲۵', 'fa')).toBe('1.25');
    expect(parseLocaleDecimal('\u061c-١٫٥', 'ar-EG')).toBe('-1.5');
    expect(parseLocaleDecimal('\u200e\u22121٫5', 'fa')).toBe('-1.5');
    expect(parseLocaleDecimal(' 12 ', 'en')).toBe('12');
  });

  it('always reads the plain form, in every locale', () => {
    for (const locale of ['en', 'en-US', 'de', 'fr', 'de-CH', 'ar', 'ar-EG', 'fa'])
      expect(parseLocaleDecimal('1.5', locale)).toBe('1.5');
  });

  it('rejects group separators and anything that is not one decimal number', () => {
    expect(parseLocaleDecimal('1,5', 'en')).toBeNull(); // en's group separator, not a decimal point
    expect(parseLocaleDecimal('1.234,5', 'de')).toBeNull();
    expect(parseLocaleDecimal('1,234.5', 'en')).toBeNull();
    expect(parseLocaleDecimal('1\u202f234,5', 'fr')).toBeNull();
    expect(parseLocaleDecimal('١٬٢٣٤', 'ar-EG')).toBeNull();
    for (const bad of ['abc', '', '1.', '.5', '1,5,3', '1.5.3', '+1', '1e5', '--1', '1 5'])
      expect(parseLocaleDecimal(bad, 'de')).toBeNull();
    expect(parseLocaleDecimal('1'.repeat(21), 'en')).toBeNull();
    expect(parseLocaleDecimal(`1.${'1'.repeat(13)}`, 'en')).toBeNull();
  });
});

describe('formatLocaleDecimal', () => {
  it("shows the plain form in the locale's separator and digits, exactly", () => {
    expect(formatLocaleDecimal('1.0821', 'en')).toBe('1.0821');
    expect(formatLocaleDecimal('1.0821', 'de')).toBe('1,0821');
    expect(formatLocaleDecimal('-1.5', 'ar-EG')).toBe('\u061c-١٫٥');
    // More digits than a double holds survive: the value never goes through Number.
    expect(formatLocaleDecimal('12345678901234567890.123456789012', 'de')).toBe(
      '12345678901234567890,123456789012',
    );
    expect(formatLocaleDecimal('not a number', 'de')).toBe('not a number');
  });

  it('reads back to the same string in every locale', () => {
    for (const locale of ['en', 'de', 'fr', 'de-CH', 'ar', 'ar-EG', 'fa', 'bn', 'hi-u-nu-deva'])
      for (const v of ['0', '1.5', '-0.0001', '4800.25', '12345678901234567890.123456789012'])
        expect(parseLocaleDecimal(formatLocaleDecimal(v, locale), locale)).toBe(v);
  });
});
