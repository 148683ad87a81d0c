/**
 * Webull (brokers.md `webull`) beyond the shared fixtures: same-second fills in bottom-up order,
 * every zone abbreviation of the table read as its fixed offset whatever the account's zone (and
 * days then counted in the account's zone), every skipped status, partial fills, Short, another
 * column order with only the needed columns, CRLF and a BOM, and every listed error. Expectations
 * are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { webullInstant } from './import/webull';
import { computeMetrics } from './metrics';
import { buildTrades } from './trades/build';
import { NEW_YORK_USD, executionLines, expectClean, parseHandmadeClean, tradeLines } from './testSupport';
import { toIso } from './time';
import type { ParseResult } from './types';

const LOS_ANGELES_USD = { timezone: 'America/Los_Angeles', currency: 'USD' };
const HEADER = 'Symbol,Side,Status,Filled,Avg Price,Filled Time\n';
const parse = (body: string) => parseBrokerFile('webull', HEADER + body, LOS_ANGELES_USD);
const fills = (p: ParseResult) => executionLines(p, 'line executedAt side quantity price');

describe('webull', () => {
  it('keeps fills of the same second in bottom-up order (the file is newest first)', () => {
    const p = parseHandmadeClean('webull', 'webull-same-second.csv', NEW_YORK_USD);
    // Lines 3 and 4 share 09:30:00 EDT: line 4 (lower) comes first, closing the first trade at
    // 10.50; line 3 then opens the second. Read top-down, line 3 would have added to the first.
    expect(p.executions.map((e) => [e.line, e.seq])).toEqual([
      [2, 4],
      [3, 3],
      [4, 2],
      [5, 1],
    ]);
    expect(p.executions[0]?.fees.toString()).toBe('0');
    expect(p.executions[0]?.multiplier.toString()).toBe('1');
    expect(p.executions[0]?.assetClass).toBe('stock');
    // Hash id of line 2, pinned to a value computed outside the engine (printf … | sha256sum).
    expect(p.executions[0]?.id).toBe('h:ce96a8da74734fabdb1c583418d576a4');
    expect(tradeLines(p)).toEqual([
      // 10 × (10.50 − 10) = 5; 13:29 → 13:30
      'NVDA long closed 2024-06-03T13:29:00Z 2024-06-03T13:30:00Z 10 10.000000 10.500000 5.00 0.00 5.00 60',
      // 10 × (12 − 11) = 10, closed by the flip's first 10
      'NVDA long closed 2024-06-03T13:30:00Z 2024-06-03T13:31:00Z 10 11.000000 12.000000 10.00 0.00 10.00 60',
      'NVDA short open 2024-06-03T13:31:00Z - 5 12.000000 - - 0.00 - -',
    ]);
  });

  it('reads each abbreviation as its offset, skips unfilled orders, fills Filled at Avg Price', () => {
    const p = parseHandmadeClean('webull', 'webull-statuses.csv', LOS_ANGELES_USD);
    expect(p.skipped.map((s) => [s.line, s.kind, s.reason])).toEqual([
      [3, 'unfilled', 'Status Pending: the order filled nothing'],
      [5, 'unfilled', 'Status Partially Filled with Filled 0: nothing was filled'],
      [6, 'unfilled', 'Status Rejected: the order filled nothing'],
      [7, 'unfilled', 'Status Expired: the order filled nothing'],
      [8, 'unfilled', 'Status Failed: the order filled nothing'],
      [10, 'unfilled', 'Status Cancelled: the order filled nothing'],
    ]);
    expect(p.rowCount).toBe(10);
    // 02:00 EST = 07:00Z; 10:00:05 CST = 16:00:05Z; 12:00:01 PDT = 19:00:01Z; 14:00 UTC.
    // The partial fill is its Filled 5 at Avg Price 251.25 (not Total Qty 20, not Price @251).
    expect(fills(p)).toEqual([
      '2 2024-11-05T07:00:00Z buy 5 249.5',
      '4 2024-11-04T16:00:05Z sell 5 251.25',
      '9 2024-11-01T19:00:01Z sell 10 248.1',
      '11 2024-11-01T14:00:00Z buy 10 245',
    ]);
    const lines = tradeLines(p);
    expect(lines).toEqual([
      // 10 × 3.10 = 31; 14:00:00 → 19:00:01 = 18001 s
      'TSLA long closed 2024-11-01T14:00:00Z 2024-11-01T19:00:01Z 10 245.000000 248.100000 31.00 0.00 31.00 18001',
      // Short is a sell: 5 × (251.25 − 249.50) = 8.75; 16:00:05 → 07:00:00 next day = 53995 s
      'TSLA short closed 2024-11-04T16:00:05Z 2024-11-05T07:00:00Z 5 251.250000 249.500000 8.75 0.00 8.75 53995',
    ]);
    // The second trade closed at 07:00Z on the 5th, which is 23:00 on the 4th in Los Angeles.
    const daily = computeMetrics(buildTrades(p.executions), { timezone: 'America/Los_Angeles' }).daily;
    expect(daily.map((d) => [d.date, d.tradeCount, d.netPnl])).toEqual([
      ['2024-11-01', 1, '31.00'],
      ['2024-11-04', 1, '8.75'],
    ]);
  });

  it('fixes the offset by the abbreviation alone, whatever the account zone', () => {
    const t = (s: string) => toIso(webullInstant(s) as number);
    expect(t('03/08/2024 09:30:00 EST')).toBe('2024-03-08T14:30:00Z');
    expect(t('03/11/2024 09:30:00 EDT')).toBe('2024-03-11T13:30:00Z');
    expect(t('03/11/2024 08:30:00 CDT')).toBe('2024-03-11T13:30:00Z');
    expect(t('03/08/2024 08:30:00 CST')).toBe('2024-03-08T14:30:00Z');
    expect(t('03/11/2024 06:30:00 PDT')).toBe('2024-03-11T13:30:00Z');
    expect(t('03/08/2024 06:30:00 PST')).toBe('2024-03-08T14:30:00Z');
    expect(t('03/08/2024 14:30:00 GMT')).toBe('2024-03-08T14:30:00Z');
    // An EDT label on a winter date is still −04:00: the file's label decides, not a calendar.
    expect(t('01/10/2024 09:30:00 EDT')).toBe('2024-01-10T13:30:00Z');
    const tokyo = parseBrokerFile('webull', HEADER + 'AMD,Buy,Filled,1,150,06/03/2024 09:30:00 EDT\n', {
      timezone: 'Asia/Tokyo',
    });
    expect(fills(expectClean(tokyo))).toEqual(['2 2024-06-03T13:30:00Z buy 1 150']);
  });

  it('reports every listed error by line, naming the column and the value', () => {
    const p = parse(
      'AMD,Buy,Filled,1,150,06/03/2024 09:30:00 CET\n' +
        'AMD,Buy,Filled,1,150,2024-06-03 09:30:00 EDT\n' +
        'AMD,Buy,Filled,1,150,06/31/2024 09:30:00 EDT\n' +
        'AMD,Cover,Filled,1,150,06/03/2024 09:30:00 EDT\n' +
        'AMD,Buy,Working,1,150,06/03/2024 09:30:00 EDT\n' +
        'AMD,Buy,Filled,1,1x,06/03/2024 09:30:00 EDT\n' +
        'AMD,Buy,Filled,one,150,06/03/2024 09:30:00 EDT\n' +
        ',Buy,Filled,1,150,06/03/2024 09:30:00 EDT\n' +
        'AMD,Buy,Filled,1,,\n' +
        'AMD,Buy,,1,150,06/03/2024 09:30:00 EDT\n',
    );
    expect(p.errors.map((e) => [e.line, e.reason])).toEqual([
      [
        2,
        'Filled Time "06/03/2024 09:30:00 CET" has the zone CET, not one of EDT, EST, CDT, CST, PDT, PST, UTC, GMT',
      ],
      [3, 'Filled Time "2024-06-03 09:30:00 EDT" is not a time in MM/dd/yyyy HH:mm:ss and a zone like EDT'],
      [4, 'Filled Time "06/31/2024 09:30:00 EDT" is not a time in MM/dd/yyyy HH:mm:ss and a zone like EDT'],
      [5, 'Side "Cover" is not Buy, Sell or Short'],
      [
        6,
        'Status "Working" is not Filled, Partially Filled, Cancelled, Failed, Rejected, Expired or Pending',
      ],
      [7, 'Avg Price "1x" is not a number'],
      [8, 'Filled "one" is not a number'],
      [9, 'Symbol is empty'],
      [10, 'Avg Price is empty; Filled Time is empty'],
      [11, 'Status is empty'],
    ]);
  });
});
