import type { Translate } from '../i18n/useT';
import type { Formatters } from '../intl/formatters';
import type { BreakdownBy } from './types';

const holdingKeys: Record<string, string> = {
  '<1m': 'breakdownChart.holding.lt1m',
  '1m-5m': 'breakdownChart.holding.m1to5',
  '5m-30m': 'breakdownChart.holding.m5to30',
  '30m-2h': 'breakdownChart.holding.m30toh2',
  '2h-1d': 'breakdownChart.holding.h2tod1',
  '>1d': 'breakdownChart.holding.gt1d',
};

/**
 * A bucket key as people read it: weekdays (1 = Monday) and hours (0–23) through Intl in the active
 * locale, holding buckets and sides through i18n, everything else (symbols, tags) as is.
 */
export function bucketLabel(by: BreakdownBy, key: string, t: Translate, f: Formatters): string {
  const n = Number(key);
  if (by === 'weekday' && Number.isInteger(n) && n >= 1 && n <= 7)
    // 2024-01-01 was a Monday.
    return f.date(Date.UTC(2024, 0, n), { weekday: 'long', timeZone: 'UTC' });
  if (by === 'hour' && Number.isInteger(n) && n >= 0 && n <= 23)
    return f.date(Date.UTC(2024, 0, 1, n), { hour: 'numeric', timeZone: 'UTC' });
  if (by === 'holding' && holdingKeys[key]) return t(holdingKeys[key] as Parameters<Translate>[0]);
  if (by === 'side' && (key === 'long' || key === 'short')) return t(`breakdownChart.side.${key}`);
  return key;
}
