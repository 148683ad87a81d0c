import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of TradeTable. */
export const tradeTable: JournalkitStringOverrides['tradeTable'] = {
  label: 'الصفقات',
  symbol: 'الرمز',
  side: 'الاتجاه',
  long: 'شراء',
  short: 'بيع',
  opened: 'وقت الفتح',
  closed: 'وقت الإغلاق',
  open: 'مفتوحة',
  qty: 'الكمية',
  entry: 'سعر الدخول',
  exit: 'سعر الخروج',
  pnl: 'صافي الربح/الخسارة',
  r: 'R',
  tags: 'الوسوم',
};
