import { describe, expect, it } from 'vitest';
import { createFormatters } from './formatters';

describe('createFormatters', () => {
  it('formats numbers, money, percentages and dates per locale', () => {
    const en = createFormatters('en-US');
    expect(en.number(1234567.891)).toBe('1,234,567.891');
    expect(en.money(-1234.5, 'USD')).toBe('-$1,234.50');
    expect(en.percent(0.4567)).toBe('45.67%');
    expect(en.date(Date.UTC(2025, 0, 15, 12), { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      'January 15, 2025',
    );
    const de = createFormatters('de-DE');
    expect(de.money(1234.5, 'EUR').replace(/\s/g, ' ')).toBe('1.234,50 €');
  });

  it('signs profit and loss explicitly and reports the trend', () => {
    const f = createFormatters('en-US');
    expect(f.pnl(250, 'USD')).toEqual({ text: '+$250.00', trend: 'up' });
    expect(f.pnl(-80.5, 'USD')).toEqual({ text: '-$80.50', trend: 'down' });
    expect(f.pnl(0, 'USD')).toEqual({ text: '$0.00', trend: 'flat' });
    expect(f.signedPercent(0.032)).toEqual({ text: '+3.2%', trend: 'up' });
    expect(f.pnl(1.5)).toEqual({ text: '+1.5', trend: 'up' });
  });

  it('never shows a minus on zero: -0 and amounts rounding to zero read as 0', () => {
    const en = createFormatters('en-US');
    expect(en.money(-0, 'USD')).toBe('$0.00');
    expect(en.money(-0.001, 'USD')).toBe('$0.00');
    expect(en.money(-0, 'USDT')).toBe('0.00 USDT');
    expect(en.money(-0.4, 'JPY')).toBe('¥0');
    expect(en.money(-0.1, 'USD', { notation: 'compact' })).toBe('-$0.1');
    expect(en.number(-0)).toBe('0');
    expect(en.number(-0.004, { maximumFractionDigits: 2 })).toBe('0');
    expect(en.percent(-0.00001)).toBe('0%');
    expect(en.pnl(-0, 'USD')).toEqual({ text: '$0.00', trend: 'flat' });
    expect(en.pnl(-0.001, 'USD').text).toBe('$0.00');
    expect(en.signedPercent(-0).text).toBe('0%');
    expect(createFormatters('de-DE').money(-0, 'EUR').replace(/\s/g, ' ')).toBe('0,00 €');
    expect(createFormatters('ar').money(-0, 'USD')).not.toMatch(/[-\u2212]/);
    // Negative amounts keep their sign.
    expect(en.money(-0.01, 'USD')).toBe('-$0.01');
  });
});
