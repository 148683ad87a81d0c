import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of StatsGrid. */
export const statsGrid: JournalkitStringOverrides['statsGrid'] = {
  label: 'ملخص الأداء',
  currencyLabel: 'الأداء بعملة {{currency}}',
  noValue: 'غير متاح',
  netPnl: 'صافي الربح/الخسارة',
  winRate: 'نسبة الصفقات الرابحة',
  profitFactor: 'عامل الربح',
  expectancy: 'العائد المتوقع',
  averageWin: 'متوسط الربح',
  averageLoss: 'متوسط الخسارة',
  payoffRatio: 'نسبة متوسط الربح إلى متوسط الخسارة',
  maxDrawdown: 'أقصى تراجع',
  drawdownWithPercent: '{{amount}} ({{percent}})',
  largestWin: 'أكبر ربح',
  largestLoss: 'أكبر خسارة',
  winStreak: 'أطول سلسلة صفقات رابحة',
  lossStreak: 'أطول سلسلة صفقات خاسرة',
  trades: 'عدد الصفقات',
  openTrades: 'الصفقات المفتوحة',
  averageHold: 'متوسط مدة الاحتفاظ',
  averageR: 'متوسط مضاعف R',
  rValue: '{{value}}R',
};
