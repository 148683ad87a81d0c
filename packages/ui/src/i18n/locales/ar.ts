import type { JournalkitStringOverrides } from '../types';
import { select } from './select/ar';
import { combobox } from './combobox/ar';
import { slider } from './slider/ar';
import { calendar, datePicker, dateRangePicker } from './calendar/ar';
import { fileDrop } from './fileDrop/ar';
import { drawer } from './drawer/ar';
import { toast } from './toast/ar';
import { pagination } from './pagination/ar';
import { stepper } from './stepper/ar';
import { markdown } from './markdown/ar';
import { table } from './table/ar';
import { appShell } from './appShell/ar';
import { statsGrid } from './statsGrid/ar';
import { accountSwitcher } from './accountSwitcher/ar';
import { breakdownChart } from './breakdownChart/ar';
import { pnlCalendar } from './pnlCalendar/ar';
import { equityCurve } from './equityCurve/ar';
import { tradeTable } from './tradeTable/ar';
import { tradeDetail } from './tradeDetail/ar';
import { journalEntryEditor } from './journalEntryEditor/ar';
import { importWizard } from './importWizard/ar';

/**
 * Arabic (right to left), every string: the core ones here, each component's beside its English in
 * `./<component>/ar.ts`. A missing key would fall back to English; i18n.test.ts fails on one.
 */
export const ar: JournalkitStringOverrides = {
  common: {
    loading: 'جارٍ التحميل…',
    close: 'إغلاق',
    required: 'مطلوب',
    optional: 'اختياري',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  },
  button: {
    loading: 'جارٍ التحميل',
  },
  field: {
    characterCount_zero: '{{count}} من {{max}} حرف',
    characterCount_one: 'حرف واحد من {{max}}',
    characterCount_two: 'حرفان من {{max}}',
    characterCount_few: '{{count}} أحرف من {{max}}',
    characterCount_many: '{{count}} حرفًا من {{max}}',
    characterCount_other: '{{count}} حرف من {{max}}',
    errorPrefix: 'خطأ:',
  },
  tag: {
    remove: 'إزالة {{label}}',
  },
  stat: {
    increase: 'ارتفاع',
    decrease: 'انخفاض',
    unchanged: 'دون تغيير',
  },
  pnl: {
    profit: 'ربح',
    loss: 'خسارة',
    breakeven: 'تعادل',
  },
  progress: {
    complete: 'مكتمل',
  },
  dialog: {
    close: 'إغلاق مربع الحوار',
  },
  skeleton: {
    loading: 'جارٍ تحميل المحتوى',
  },
  select,
  combobox,
  slider,
  calendar,
  datePicker,
  dateRangePicker,
  fileDrop,
  drawer,
  toast,
  pagination,
  stepper,
  markdown,
  table,
  appShell,
  statsGrid,
  accountSwitcher,
  breakdownChart,
  pnlCalendar,
  equityCurve,
  tradeTable,
  tradeDetail,
  journalEntryEditor,
  importWizard,
};
