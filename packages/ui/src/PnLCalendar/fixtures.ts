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
