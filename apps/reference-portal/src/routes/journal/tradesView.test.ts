import { describe, expect, it } from 'vitest';
import { readTradesView, tradesListHref, tradesQuery, writeTradesView } from './tradesView';

describe('the trades view in the address', () => {
  it('reads defaults from an empty search, and leaves defaults out when writing', () => {
    expect(readTradesView('')).toEqual({
      accountId: 'all',
      status: 'all',
      symbol: '',
      tag: '',
      sort: { columnId: 'opened', direction: 'descending' },
    });
    expect(
      writeTradesView('?status=open&symbol=ES', {
        status: 'all',
        symbol: '',
        sort: { columnId: 'opened', direction: 'descending' },
      }),
    ).toBe('');
  });

  it('round-trips filters and sort, keeping the params it does not own', () => {
    const search = writeTradesView('?lang=de', {
      accountId: 'acc-1',
      status: 'closed',
      symbol: 'es ',
      tag: 'a&b',
      sort: { columnId: 'pnl', direction: 'descending' },
    });
    expect(search).toBe('?lang=de&account=acc-1&status=closed&symbol=es+&tag=a%26b&sort=-pnl');
    expect(readTradesView(search)).toEqual({
      accountId: 'acc-1',
      status: 'closed',
      symbol: 'es ',
      tag: 'a&b',
      sort: { columnId: 'pnl', direction: 'descending' },
    });
    expect(readTradesView(writeTradesView(search, { sort: null })).sort).toBeNull();
    expect(readTradesView('?sort=symbol').sort).toEqual({ columnId: 'symbol', direction: 'ascending' });
  });

  it('falls back to the defaults for values it does not know', () => {
    const view = readTradesView('?status=maybe&sort=-password&account=');
    expect(view.status).toBe('all');
    expect(view.accountId).toBe('all');
    expect(view.sort).toEqual({ columnId: 'opened', direction: 'descending' });
  });

  it('asks the API to sort by opened, closed and P&L only; symbols go upper-case', () => {
    expect(tradesQuery(readTradesView('?sort=-pnl&symbol=%20es%20&status=open'))).toEqual({
      limit: 100,
      sort: '-netPnl',
      symbol: 'ES',
      status: 'open',
    });
    expect(tradesQuery(readTradesView('?sort=symbol'))).toEqual({ limit: 100 });
  });
});

describe('"Back to trades"', () => {
  it('leads to the list the trade was opened from, else the plain list', () => {
    const state = { tradesList: '/t/acme/journal/trades?symbol=ES&sort=-pnl' };
    expect(tradesListHref(state, '/t/acme')).toEqual({ href: state.tradesList, fromList: true });
    expect(tradesListHref(null, '/t/acme')).toEqual({ href: '/t/acme/journal/trades', fromList: false });
  });

  it('never leads elsewhere, whatever the history state says', () => {
    for (const tradesList of [
      'https://evil.example/t/acme/journal/trades',
      '/t/acme/admin',
      '/t/other/journal/trades',
      42,
    ])
      expect(tradesListHref({ tradesList }, '/t/acme')).toEqual({
        href: '/t/acme/journal/trades',
        fromList: false,
      });
  });
});
