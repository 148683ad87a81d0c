/** Helpers shared by the engine's tests (not part of the engine's API). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormatId } from './types';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../../test/fixtures/brokers/', import.meta.url));

export interface ExpectedTrade {
  symbol: string;
  assetClass: string;
  direction: string;
  openedAt: string;
  closedAt: string | null;
  status: string;
  quantity: string;
  entryPrice: string;
  exitPrice: string | null;
  grossPnl?: number;
  fees?: number;
  netPnl?: number;
  holdingSeconds?: number;
}

export interface Expected {
  format: FormatId;
  account: { timezone: string; currency: string };
  executions: number;
  summary: Record<string, number | null>;
  daily: { date: string; tradeCount: number; netPnl: number; winRate: number }[];
  weekday: Record<string, { tradeCount: number; netPnl: number }>;
  trades: ExpectedTrade[];
  corruptLine: number;
}

/** Fixture base names (`generic-1`, …) in a folder, with their expectations. */
export function fixtures(dir = FIXTURE_DIR): { name: string; expected: Expected }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({
      name: f.replace('.expected.json', ''),
      expected: JSON.parse(readFileSync(dir + f, 'utf8')) as Expected,
    }));
}

export function readFixture(file: string, dir = FIXTURE_DIR): Buffer {
  return readFileSync(dir + file);
}

/** A JSON number of money as the engine writes it ("1744.92"). */
export function cents(n: number): string {
  return n.toFixed(2);
}
