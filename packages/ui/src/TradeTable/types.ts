/** The trade fields the journal components show, as the API sends them (decimals are strings). */
export interface JournalTrade {
  id: string;
  symbol: string;
  currency: string;
  direction: 'long' | 'short';
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  quantity: string;
  entryPrice: string;
  exitPrice: string | null;
  fees: string;
  netPnl: string | null;
  holdingSeconds: number | null;
  rMultiple: number | null;
  journal: { tags: string[] } | null;
}

/** A decimal string from the API as a number for display and sorting (null stays null). */
export const toNumber = (value: string | number | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
};
