import type { DailyPnl } from './PnLCalendar';

export const novemberDays: DailyPnl[] = [
  { date: '2026-11-02', tradeCount: 4, netPnl: '312.50', winRate: 0.75 },
  { date: '2026-11-03', tradeCount: 2, netPnl: '-85.00', winRate: 0.5 },
  { date: '2026-11-04', tradeCount: 6, netPnl: '1240.10', winRate: 0.8333 },
  { date: '2026-11-05', tradeCount: 3, netPnl: '-640.25', winRate: 0 },
  { date: '2026-11-06', tradeCount: 1, netPnl: '0.00', winRate: 0 },
  { date: '2026-11-10', tradeCount: 5, netPnl: '95.40', winRate: 0.6 },
  { date: '2026-11-12', tradeCount: 2, netPnl: '-30.00', winRate: 0.5 },
  { date: '2026-11-17', tradeCount: 7, netPnl: '560.00', winRate: 0.5714 },
  { date: '2026-11-19', tradeCount: 3, netPnl: '-410.80', winRate: 0.3333 },
  { date: '2026-11-20', tradeCount: 4, netPnl: '220.00', winRate: 0.75 },
];

/** The portal's April 2024 (a futures account): four-figure days. */
export const aprilDays: DailyPnl[] = [
  { date: '2024-04-08', tradeCount: 5, netPnl: '6394.20', winRate: 0.8 },
  { date: '2024-04-09', tradeCount: 2, netPnl: '-1258.14', winRate: 0 },
  { date: '2024-04-10', tradeCount: 1, netPnl: '1176.98', winRate: 1 },
  { date: '2024-04-11', tradeCount: 6, netPnl: '2163.45', winRate: 0.6667 },
  { date: '2024-04-12', tradeCount: 4, netPnl: '2451.75', winRate: 0.75 },
  { date: '2024-04-15', tradeCount: 3, netPnl: '-0.40', winRate: 0.3333 },
  { date: '2024-04-16', tradeCount: 1, netPnl: '0.00', winRate: 0 },
  { date: '2024-04-17', tradeCount: 2, netPnl: '85.00', winRate: 0.5 },
];
