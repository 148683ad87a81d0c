import { useMemo } from 'react';
import { useJournalkit } from '../provider/context';
import { createFormatters } from './formatters';
import type { Formatters } from './formatters';

/** Number, money, percent, date and signed P&L formatting in the provider's locale. */
export function useFormatters(): Formatters {
  const { locale } = useJournalkit();
  return useMemo(() => createFormatters(locale), [locale]);
}
