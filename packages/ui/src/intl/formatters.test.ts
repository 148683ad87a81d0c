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
});
