import type { JournalkitStringOverrides } from '../types';
import { select } from './select/de';
import { combobox } from './combobox/de';
import { slider } from './slider/de';
import { calendar, datePicker, dateRangePicker } from './calendar/de';
import { fileDrop } from './fileDrop/de';
import { drawer } from './drawer/de';
import { toast } from './toast/de';
import { pagination } from './pagination/de';
import { stepper } from './stepper/de';
import { markdown } from './markdown/de';
import { table } from './table/de';
import { appShell } from './appShell/de';
import { statsGrid } from './statsGrid/de';
import { accountSwitcher } from './accountSwitcher/de';
import { breakdownChart } from './breakdownChart/de';
import { pnlCalendar } from './pnlCalendar/de';
import { equityCurve } from './equityCurve/de';
import { tradeTable } from './tradeTable/de';
import { tradeDetail } from './tradeDetail/de';
import { journalEntryEditor } from './journalEntryEditor/de';
import { importWizard } from './importWizard/de';

/**
 * German, every string: the core ones here, each component's beside its English in
 * `./<component>/de.ts`. A missing key would fall back to English; i18n.test.ts fails on one.
 */
export const de: JournalkitStringOverrides = {
  common: {
    loading: 'Wird geladen…',
    close: 'Schließen',
    required: 'Pflichtfeld',
    optional: 'optional',
    opensInNewTab: '(öffnet in neuem Tab)',
  },
  button: {
    loading: 'Wird geladen',
  },
  field: {
    characterCount_one: '{{count}} von {{max}} Zeichen',
    characterCount_other: '{{count}} von {{max}} Zeichen',
    errorPrefix: 'Fehler:',
  },
  tag: {
    remove: '{{label}} entfernen',
  },
  stat: {
    increase: 'Gestiegen',
    decrease: 'Gesunken',
    unchanged: 'Unverändert',
  },
  pnl: {
    profit: 'Gewinn',
    loss: 'Verlust',
    breakeven: 'Ausgeglichen',
  },
  progress: {
    complete: 'Abgeschlossen',
  },
  dialog: {
    close: 'Dialog schließen',
  },
  skeleton: {
    loading: 'Inhalt wird geladen',
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
