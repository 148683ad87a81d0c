/** Helpers shared by the engine's tests (not part of the engine's API). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseBrokerFile } from './import';
import { buildTrades } from './trades/build';
import { tradeToJson } from './trades/serialize';
import { toIso } from './time';
import type { Execution, FormatId, ImportOptions, ParseResult } from './types';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../../test/fixtures/brokers/', import.meta.url));
/** The hand-made files (import.handmade*.test.ts): one broker quirk each, worked out by hand. */
export const HANDMADE_DIR = FIXTURE_DIR + 'handmade/';

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

export interface Fixture {
  /** `generic-1`, … */
  name: string;
  expected: Expected;
  /** The sample's file name: `generic-1.csv`, `mt4-1.htm` (the format's extension). */
  file: string;
  /** Its corrupt twin: `generic-1.corrupt.csv`, `mt4-1.corrupt.htm`. */
  corrupt: string;
}

/** Fixture base names (`generic-1`, …) in a folder, with their expectations and files. */
export function fixtures(dir = FIXTURE_DIR): Fixture[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      const file = files.find((x) => x.startsWith(`${name}.`) && !x.includes('.corrupt.') && x !== f);
      if (file === undefined) throw new Error(`fixture ${name}: no sample file beside ${f}`);
      const ext = file.slice(name.length);
      return {
        name,
        expected: JSON.parse(readFileSync(dir + f, 'utf8')) as Expected,
        file,
        corrupt: `${name}.corrupt${ext}`,
      };
    });
}

export function readFixture(file: string, dir = FIXTURE_DIR): Buffer {
  return readFileSync(dir + file);
}

/** A JSON number of money as the engine writes it ("1744.92"). */
export function cents(n: number): string {
  return n.toFixed(2);
}

/** The summary metrics that are money (decimal strings; the fixtures give them as numbers). */
export const MONEY_METRICS: ReadonlySet<string> = new Set([
  'netPnl',
  'grossPnl',
  'totalFees',
  'grossProfit',
  'grossLoss',
  'averageWin',
  'averageLoss',
  'expectancy',
  'largestWin',
  'largestLoss',
  'maxDrawdown',
]);

/** The account most hand-made files are read for. */
export const NEW_YORK_USD: ImportOptions = { timezone: 'America/New_York', currency: 'USD' };

/** A hand-made file as the engine reads it, whether or not it reads cleanly. */
export function parseHandmade(format: FormatId, file: string, options: ImportOptions): ParseResult {
  return parseBrokerFile(format, readFixture(file, HANDMADE_DIR), options);
}

/** Asserts that a file read without an error (none listed, `ok`); answers what was read. */
export function expectClean(parsed: ParseResult): ParseResult {
  expect(parsed.errors).toEqual([]);
  expect(parsed.ok).toBe(true);
  return parsed;
}

/** A hand-made file that must read without an error, as the engine reads it. */
export function parseHandmadeClean(format: FormatId, file: string, options: ImportOptions): ParseResult {
  return expectClean(parseHandmade(format, file, options));
}

/**
 * The trades built from a file's executions, a row each, as the hand-made tests write them:
 * [symbol, direction, status, openedAt, closedAt, quantity, entry, exit, gross, fees, net, holding s].
 */
export function tradeRows(parsed: ParseResult) {
  return buildTrades(parsed.executions)
    .map(tradeToJson)
    .map((t) => [
      t.symbol,
      t.direction,
      t.status,
      t.openedAt,
      t.closedAt,
      t.quantity,
      t.entryPrice,
      t.exitPrice,
      t.grossPnl,
      t.fees,
      t.netPnl,
      t.holdingSeconds,
    ]);
}

/**
 * The same trades as {@link tradeRows}, one line of text each (fields joined by spaces, `-` for
 * what an open trade lacks): `VTI long closed 2024-05-31T04:00:00Z 2024-06-04T04:00:00Z 1251.6531
 * 250.000000 260.000000 12516.53 1.25 12515.28 345600`.
 */
export function tradeLines(parsed: ParseResult): string[] {
  return tradeRows(parsed).map((r) => r.map((v) => (v === null ? '-' : String(v))).join(' '));
}

/**
 * The executions read, one line of text each with the fields named (space-separated, `'line
 * executedAt side'`), joined by spaces: the ISO instant for executedAt, decimals in their
 * shortest form (`3 2024-06-21T04:00:02Z sell`).
 */
export function executionLines(parsed: ParseResult, names: string): string[] {
  const fields = names.split(' ') as (keyof Execution)[];
  return parsed.executions.map((e) =>
    fields
      .map((f) => {
        if (!(f in e)) throw new Error(`no execution field "${f}" on line ${e.line}`);
        return f === 'executedAt' ? toIso(e.executedAt) : String(e[f]);
      })
      .join(' '),
  );
}
