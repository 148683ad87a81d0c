import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of EquityCurve. */
export const equityCurve: JournalkitStringOverrides['equityCurve'] = {
  summary_zero:
    'منحنى رأس المال دون صفقات مغلقة، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  summary_one:
    'منحنى رأس المال عبر صفقة مغلقة واحدة، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  summary_two:
    'منحنى رأس المال عبر صفقتين مغلقتين، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  summary_few:
    'منحنى رأس المال عبر {{count}} صفقات مغلقة، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  summary_many:
    'منحنى رأس المال عبر {{count}} صفقة مغلقة، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  summary_other:
    'منحنى رأس المال عبر {{count}} صفقة مغلقة، من {{from}} إلى {{to}}: من {{start}} إلى {{end}}، أقصى تراجع {{drawdown}}',
  tableCaption: 'رأس المال بعد كل صفقة مغلقة',
  closed: 'وقت الإغلاق',
  netPnl: 'صافي الربح/الخسارة',
  equity: 'صافي الربح/الخسارة التراكمي',
  drawdown: 'التراجع',
  empty: 'لا توجد صفقات مغلقة بعد',
  loading: 'جارٍ تحميل منحنى رأس المال',
};
