import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of BreakdownChart. */
export const breakdownChart: JournalkitStringOverrides['breakdownChart'] = {
  label: '{{metric}} حسب {{by}}',
  empty: 'لا توجد صفقات لتحليلها',
  noValue: 'غير متاح',
  sortByValue: 'الترتيب حسب القيمة',
  trades_zero: 'لا صفقات',
  trades_one: 'صفقة واحدة',
  trades_two: 'صفقتان',
  trades_few: '{{count}} صفقات',
  trades_many: '{{count}} صفقة',
  trades_other: '{{count}} صفقة',
  metric: {
    netPnl: 'صافي الربح/الخسارة',
    winRate: 'نسبة الصفقات الرابحة',
    profitFactor: 'عامل الربح',
    expectancy: 'العائد المتوقع',
  },
  by: {
    symbol: 'الرمز',
    side: 'الاتجاه',
    tag: 'الوسم',
    setup: 'الإعداد',
    mistake: 'الخطأ',
    weekday: 'يوم الأسبوع',
    hour: 'الساعة',
    holding: 'مدة الاحتفاظ',
  },
  side: {
    long: 'شراء',
    short: 'بيع',
  },
  holding: {
    lt1m: 'أقل من دقيقة',
    m1to5: '1–5 دقائق',
    m5to30: '5–30 دقيقة',
    m30toh2: '30 دقيقة – ساعتان',
    h2tod1: 'ساعتان – يوم',
    gt1d: 'أكثر من يوم',
  },
};
