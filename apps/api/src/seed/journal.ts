import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TenantPrincipal } from '../auth/permissions';
import type { FormatId } from '../modules/journal/engine';
import type { Services } from '../services';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

export interface DemoAccount {
  name: string;
  broker: string;
  currency: string;
  timezone: string;
  startingBalance: string;
  file: string;
  format: FormatId;
}

/** The demo journal: sample broker files, imported the way a user would, then some journaling. */
export const DEMO_ACCOUNTS: ReadonlyArray<DemoAccount> = [
  {
    name: 'Stocks & options',
    broker: 'generic',
    currency: 'USD',
    timezone: 'America/New_York',
    startingBalance: '25000',
    file: 'generic-1.csv',
    format: 'generic',
  },
  {
    name: 'IBKR margin',
    broker: 'ibkr',
    currency: 'USD',
    timezone: 'America/New_York',
    startingBalance: '50000',
    file: 'ibkr-flex-2.csv',
    format: 'ibkr-flex',
  },
  {
    name: 'Futures (Tradovate)',
    broker: 'tradovate',
    currency: 'USD',
    timezone: 'America/Chicago',
    startingBalance: '50000',
    file: 'tradovate-1.csv',
    format: 'tradovate',
  },
  {
    name: 'Futures (NinjaTrader)',
    broker: 'ninjatrader',
    currency: 'USD',
    timezone: 'America/New_York',
    startingBalance: '30000',
    file: 'ninjatrader-1.csv',
    format: 'ninjatrader',
  },
  {
    name: 'FX (MetaTrader 5)',
    broker: 'mt5',
    currency: 'USD',
    timezone: 'Europe/Athens',
    startingBalance: '10000',
    file: 'mt5-1.csv',
    format: 'mt5',
  },
  {
    name: 'Crypto (Binance)',
    broker: 'binance',
    currency: 'USDT',
    timezone: 'Asia/Singapore',
    startingBalance: '5000',
    file: 'binance-1.csv',
    format: 'binance',
  },
];

/** The member trader's own journal: fewer accounts, a smaller history. */
export const TRADER_ACCOUNTS: ReadonlyArray<DemoAccount> = [
  {
    name: 'Day trading',
    broker: 'generic',
    currency: 'USD',
    timezone: 'America/New_York',
    startingBalance: '10000',
    file: 'generic-1.csv',
    format: 'generic',
  },
  {
    name: 'Micro futures',
    broker: 'ninjatrader',
    currency: 'USD',
    timezone: 'America/New_York',
    startingBalance: '15000',
    file: 'ninjatrader-1.csv',
    format: 'ninjatrader',
  },
];

const SETUPS = ['Opening range breakout', 'VWAP pullback', 'Trend continuation', 'Failed breakdown'];
const TAGS = [['breakout'], ['pullback', 'a+'], ['trend'], ['reversal'], ['news', 'breakout']];
const MISTAKES = [['FOMO entry'], ['moved stop'], ['oversized'], []];
const NOTES = [
  'Waited for the **first 5-minute range** to set, entered on the break with volume.\n\n- Stop under the range low\n- Scaled out at 2R',
  'Pulled back to VWAP on light volume; the bounce held. Followed the plan.',
  'Chased the move after missing the first entry. *Next time: let it go.*',
  'News spike; entry was fine, exit was early. Trailing stop would have kept more.',
];

/**
 * Gives `userId` the accounts, imports each one's sample file, and journals the `journaled` most
 * recent closed trades of each account (notes, setups, tags, mistakes on losers, ratings, risk).
 */
export async function seedJournal(
  services: Services,
  owner: TenantPrincipal & { kind: 'apiKey' },
  userId: string,
  accounts: ReadonlyArray<DemoAccount> = DEMO_ACCOUNTS,
  journaled = 7,
) {
  let i = 0;
  for (const a of accounts) {
    const account = await services.accounts.create(owner, {
      name: a.name,
      broker: a.broker,
      currency: a.currency,
      timezone: a.timezone,
      startingBalance: a.startingBalance,
      userId,
    });
    await services.imports.importFile(owner, account.id, {
      format: a.format,
      dryRun: false,
      filename: a.file,
      data: await readFile(path.join(DATA, a.file)),
    });
    const { data } = await services.trades.list(owner, {
      accountId: account.id,
      status: 'closed',
      sort: '-closedAt',
      limit: journaled,
    });
    for (const t of data) await journal(services, owner, t, i++);
  }
}

async function journal(
  services: Services,
  owner: TenantPrincipal & { kind: 'apiKey' },
  t: { id: string; netPnl: string | null },
  i: number,
) {
  const loser = t.netPnl !== null && t.netPnl.startsWith('-');
  const risk = (Math.abs(Number(t.netPnl ?? 0)) / (loser ? 1.1 : 1.8)).toFixed(2);
  await services.entries.putForTrade(owner, t.id, {
    body: NOTES[i % NOTES.length]!,
    setup: SETUPS[i % SETUPS.length]!,
    tags: TAGS[i % TAGS.length]!,
    mistakes: loser ? MISTAKES[i % MISTAKES.length]! : [],
    rating: loser ? 2 + (i % 2) : 4 + (i % 2),
    emotion: loser ? 'frustrated' : 'calm',
    ...(Number(risk) > 0 ? { initialRisk: risk } : {}),
  });
}
