import type { JournalkitStringOverrides } from '../types';

/** Arabic (partial: missing keys fall back to English). A right-to-left locale. */
export const ar: JournalkitStringOverrides = {
  common: {
    loading: 'جارٍ التحميل…',
    close: 'إغلاق',
    required: 'مطلوب',
    optional: 'اختياري',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  },
  button: { loading: 'جارٍ التحميل' },
  field: {
    characterCount_zero: '{{count}} من {{max}} حرف',
    characterCount_one: 'حرف واحد من {{max}}',
    characterCount_two: 'حرفان من {{max}}',
    characterCount_few: '{{count}} أحرف من {{max}}',
    characterCount_many: '{{count}} حرفًا من {{max}}',
    characterCount_other: '{{count}} حرف من {{max}}',
    errorPrefix: 'خطأ:',
  } as JournalkitStringOverrides['field'],
  tag: { remove: 'إزالة {{label}}' },
  stat: { increase: 'ارتفاع', decrease: 'انخفاض', unchanged: 'دون تغيير' },
  pnl: { profit: 'ربح', loss: 'خسارة', breakeven: 'تعادل' },
  progress: { complete: 'مكتمل' },
  dialog: { close: 'إغلاق مربع الحوار' },
  skeleton: { loading: 'جارٍ تحميل المحتوى' },
};
