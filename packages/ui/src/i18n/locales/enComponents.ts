/**
 * English strings of the components that are not part of the provider's core bundle, one folder per
 * component under `locales/<component>/` (`en.ts`, with `de.ts` and `ar.ts` beside it). A component
 * imports its own group from there (`useT(select)` with `select` from `locales/select/en`) and
 * registers it the first time it renders under a provider (tenant overrides and host-app strings
 * win), so it carries only its own strings. The provider itself ships only `en` from `./en`.
 *
 * This file gathers the groups: `enComponents` is the whole tree (together with `en`, every English
 * string; what a translator copies), and each group is re-exported under its old name.
 */
import { select, selectStrings } from './select/en';
import { combobox, comboboxStrings } from './combobox/en';
import { slider, sliderStrings } from './slider/en';
import { calendar, calendarStrings, datePickerStrings, dateRangePickerStrings } from './calendar/en';
import { fileDrop, fileDropStrings } from './fileDrop/en';
import { drawer, drawerStrings } from './drawer/en';
import { toast, toastStrings } from './toast/en';
import { pagination, paginationStrings } from './pagination/en';
import { stepper, stepperStrings } from './stepper/en';
import { markdown, markdownStrings } from './markdown/en';
import { table, tableStrings } from './table/en';
import { appShell, appShellStrings } from './appShell/en';
import { statsGrid, statsGridStrings } from './statsGrid/en';
import { accountSwitcher, accountSwitcherStrings } from './accountSwitcher/en';
import { breakdownChart, breakdownChartStrings } from './breakdownChart/en';
import { pnlCalendar, pnlCalendarStrings } from './pnlCalendar/en';
import { equityCurve, equityCurveStrings } from './equityCurve/en';
import { tradeTable, tradeTableStrings } from './tradeTable/en';
import { tradeDetail, tradeDetailStrings } from './tradeDetail/en';
import { journalEntryEditor, journalEntryEditorStrings } from './journalEntryEditor/en';
import { importWizard, importWizardStrings } from './importWizard/en';

export {
  select,
  combobox,
  slider,
  calendar,
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

/** Every component group, as one tree. Plain references, no spreads, so importing one group keeps
 * only that group. */
export const enComponents = {
  select: selectStrings,
  combobox: comboboxStrings,
  slider: sliderStrings,
  calendar: calendarStrings,
  datePicker: datePickerStrings,
  dateRangePicker: dateRangePickerStrings,
  fileDrop: fileDropStrings,
  drawer: drawerStrings,
  toast: toastStrings,
  pagination: paginationStrings,
  stepper: stepperStrings,
  markdown: markdownStrings,
  table: tableStrings,
  appShell: appShellStrings,
  statsGrid: statsGridStrings,
  accountSwitcher: accountSwitcherStrings,
  breakdownChart: breakdownChartStrings,
  pnlCalendar: pnlCalendarStrings,
  equityCurve: equityCurveStrings,
  tradeTable: tradeTableStrings,
  tradeDetail: tradeDetailStrings,
  journalEntryEditor: journalEntryEditorStrings,
  importWizard: importWizardStrings,
};

export type ComponentStrings = typeof enComponents;
