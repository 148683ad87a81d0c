/**
 * English strings of the components that are not part of the provider's core bundle. Each group is
 * its own export so a component carries only its own strings: it registers them with `useT(group)`
 * the first time it renders under a provider (tenant overrides and host-app strings win). The
 * provider itself ships only `en` from `./en`, which keeps the Button + provider budget.
 *
 * Together with `en` this is the complete English tree; `JournalkitKey` covers both.
 */

const selectStrings = {
  placeholder: 'Select an option',
};

export const select = { select: selectStrings };

const comboboxStrings = {
  showOptions: 'Show options',
  noResults: 'No results',
  loading: 'Loading results…',
  results_one: '{{count}} result available',
  results_other: '{{count}} results available',
};

export const combobox = { combobox: comboboxStrings };

const sliderStrings = {
  start: '{{label}}, minimum',
  end: '{{label}}, maximum',
};

export const slider = { slider: sliderStrings };

const calendarStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  clear: 'Clear',
  dialog: 'Choose a date',
  rangeDialog: 'Choose a date range',
  pickStart: 'Select the first day',
  pickEnd: 'Select the last day',
};

const datePickerStrings = {
  open: 'Choose date',
  change: 'Change date, {{date}} selected',
  invalid: 'Enter a date like {{example}}',
  outOfRange: 'Choose a date between {{min}} and {{max}}',
  formatHint: 'For example {{example}}',
};

const dateRangePickerStrings = {
  placeholder: 'Select dates',
};

export const calendar = {
  calendar: calendarStrings,
  datePicker: datePickerStrings,
  dateRangePicker: dateRangePickerStrings,
};

const fileDropStrings = {
  label_one: 'Drag a file here',
  label_other: 'Drag files here',
  browse_one: 'or choose a file',
  browse_other: 'or choose files',
  dropNow: 'Drop to add',
  accepts: 'Accepted: {{types}}',
  maxSize: 'Up to {{size}} per file',
  rejectedType: '{{name}} is not an accepted file type ({{types}}).',
  rejectedSize: '{{name}} is larger than {{size}}.',
  rejectedCount_one: 'Only {{count}} file can be added.',
  rejectedCount_other: 'Only {{count}} files can be added.',
  selected: 'Selected files',
  remove: 'Remove {{name}}',
};

export const fileDrop = { fileDrop: fileDropStrings };

const drawerStrings = {
  close: 'Close panel',
};

export const drawer = { drawer: drawerStrings };

const toastStrings = {
  region: 'Notifications ({hotkey})',
  dismiss: 'Dismiss notification',
};

export const toast = { toast: toastStrings };

const paginationStrings = {
  label: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page {{page}}',
  pageSize: 'Rows per page',
  range: '{{start}}–{{end}} of {{total}}',
  rangeOpen: '{{start}}–{{end}}',
};

export const pagination = { pagination: paginationStrings };

const stepperStrings = {
  label: 'Progress',
  complete: 'Completed',
  current: 'Current step',
  upcoming: 'Not started',
  error: 'Needs attention',
  step: 'Step {{step}} of {{total}}',
};

export const stepper = { stepper: stepperStrings };

const markdownStrings = {
  image: 'Image',
};

export const markdown = { markdown: markdownStrings };

const tableStrings = {
  empty: 'Nothing to show',
  loading: 'Loading rows…',
  columns: 'Columns',
  chooseColumns: 'Choose columns',
  selectAll: 'Select all rows',
  selectRow: 'Select {{label}}',
  rowNumber: 'row {{index}}',
};

export const table = { table: tableStrings };

const appShellStrings = {
  skipToContent: 'Skip to main content',
  primaryNavigation: 'Primary',
  openMenu: 'Open menu',
  menu: 'Menu',
  home: '{{name}} home',
  signOut: 'Sign out',
};

export const appShell = { appShell: appShellStrings };

const statsGridStrings = {
  label: 'Performance summary',
  currencyLabel: 'Performance in {{currency}}',
  noValue: 'Not available',
  netPnl: 'Net P&L',
  winRate: 'Win rate',
  profitFactor: 'Profit factor',
  expectancy: 'Expectancy',
  averageWin: 'Average win',
  averageLoss: 'Average loss',
  payoffRatio: 'Payoff ratio',
  maxDrawdown: 'Max drawdown',
  drawdownWithPercent: '{{amount}} ({{percent}})',
  largestWin: 'Largest win',
  largestLoss: 'Largest loss',
  winStreak: 'Longest winning streak',
  lossStreak: 'Longest losing streak',
  trades: 'Trades',
  openTrades: 'Open trades',
  averageHold: 'Average hold',
  averageR: 'Average R',
  rValue: '{{value}}R',
};

export const statsGrid = { statsGrid: statsGridStrings };

const accountSwitcherStrings = {
  label: 'Account',
  placeholder: 'Choose an account',
  all: 'All accounts',
  active: 'Accounts',
  archived: 'Archived',
  option: '{{name}} · {{broker}} · {{currency}}',
};

export const accountSwitcher = { accountSwitcher: accountSwitcherStrings };

const breakdownChartStrings = {
  label: '{{metric}} by {{by}}',
  empty: 'No trades to break down',
  noValue: 'Not available',
  sortByValue: 'Sort by value',
  trades_one: '{{count}} trade',
  trades_other: '{{count}} trades',
  metric: { netPnl: 'Net P&L', winRate: 'Win rate', profitFactor: 'Profit factor', expectancy: 'Expectancy' },
  by: {
    symbol: 'symbol',
    side: 'side',
    tag: 'tag',
    setup: 'setup',
    mistake: 'mistake',
    weekday: 'weekday',
    hour: 'hour',
    holding: 'holding time',
  },
  side: { long: 'Long', short: 'Short' },
  holding: {
    lt1m: 'Under 1 min',
    m1to5: '1–5 min',
    m5to30: '5–30 min',
    m30toh2: '30 min – 2 h',
    h2tod1: '2 h – 1 day',
    gt1d: 'Over 1 day',
  },
};

export const breakdownChart = { breakdownChart: breakdownChartStrings };

const pnlCalendarStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  dayLabel: '{{date}}: {{result}} {{pnl}}, {{trades}}{{winRate}}',
  noTrades: '{{date}}: no trades',
  trades_one: '{{count}} trade',
  trades_other: '{{count}} trades',
  winRate: ', win rate {{value}}',
};

export const pnlCalendar = { pnlCalendar: pnlCalendarStrings };

const equityCurveStrings = {
  summary_one:
    'Equity curve of {{count}} closed trade, {{from}} to {{to}}: from {{start}} to {{end}}, maximum drawdown {{drawdown}}',
  summary_other:
    'Equity curve of {{count}} closed trades, {{from}} to {{to}}: from {{start}} to {{end}}, maximum drawdown {{drawdown}}',
  tableCaption: 'Equity by closed trade',
  closed: 'Closed',
  netPnl: 'Net P&L',
  equity: 'Cumulative net P&L',
  drawdown: 'Drawdown',
  empty: 'No closed trades yet',
  loading: 'Loading equity curve',
};

export const equityCurve = { equityCurve: equityCurveStrings };

const tradeTableStrings = {
  label: 'Trades',
  symbol: 'Symbol',
  side: 'Side',
  long: 'Long',
  short: 'Short',
  opened: 'Opened',
  closed: 'Closed',
  open: 'Open',
  qty: 'Qty',
  entry: 'Entry',
  exit: 'Exit',
  pnl: 'Net P&L',
  r: 'R',
  tags: 'Tags',
};

export const tradeTable = { tradeTable: tradeTableStrings };

const tradeDetailStrings = {
  long: 'Long',
  short: 'Short',
  open: 'Open',
  closed: 'Closed',
  none: '—',
  netPnl: 'Net P&L',
  r: 'R multiple',
  holding: 'Holding time',
  quantity: 'Quantity',
  entryPrice: 'Entry price',
  exitPrice: 'Exit price',
  opened: 'Opened',
  closedAt: 'Closed',
  executions: 'Executions',
  time: 'Time',
  side: 'Side',
  price: 'Price',
  fees: 'Fees',
  effect: 'Open/close',
  buy: 'Buy',
  sell: 'Sell',
  opens: 'Opens',
  closes: 'Closes',
  daysHours: '{{days}} d {{hours}} h',
  hoursMinutes: '{{hours}} h {{minutes}} min',
  minutesSeconds: '{{minutes}} min {{seconds}} s',
  seconds: '{{seconds}} s',
};

export const tradeDetail = { tradeDetail: tradeDetailStrings };

const journalEntryEditorStrings = {
  label: 'Journal entry',
  notes: 'Notes',
  write: 'Write',
  preview: 'Preview',
  nothingToPreview: 'Nothing to preview yet.',
  tags: 'Tags',
  mistakes: 'Mistakes',
  add: 'Add to {{label}}',
  addShort: 'Add',
  setup: 'Setup',
  emotion: 'Emotion',
  noEmotion: 'Not recorded',
  emotions: {
    calm: 'Calm',
    confident: 'Confident',
    excited: 'Excited',
    fearful: 'Fearful',
    frustrated: 'Frustrated',
    greedy: 'Greedy',
    anxious: 'Anxious',
    bored: 'Bored',
    neutral: 'Neutral',
  },
  rating: 'Rating',
  ratingOption_one: '{{count}} star',
  ratingOption_other: '{{count}} stars',
  initialStop: 'Initial stop (price)',
  initialRisk: 'Initial risk (amount)',
  riskWins: 'When both are given, the risk amount is used.',
  invalidNumber: 'Enter a number, like 1.0845',
  save: 'Save journal',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Could not save. Try again.',
};

export const journalEntryEditor = { journalEntryEditor: journalEntryEditorStrings };

const importWizardStrings = {
  label: 'Import trades',
  stepSource: 'File',
  stepMapping: 'Columns',
  stepPreview: 'Check',
  stepImport: 'Import',
  account: 'Account',
  format: 'File format',
  formats: {
    generic: 'Journalkit CSV',
    'ibkr-flex': 'Interactive Brokers (Flex query)',
    tradovate: 'Tradovate',
    ninjatrader: 'NinjaTrader',
    mt5: 'MetaTrader 5',
    thinkorswim: 'thinkorswim',
    binance: 'Binance',
    other: 'Other CSV (map the columns)',
  },
  file: 'Broker file',
  next: 'Next',
  back: 'Back',
  checkFile: 'Check file',
  mappingHelp: 'Choose the column of your file that holds each field, or type a fixed value.',
  notMapped: 'Not in the file',
  fixedValue: 'Fixed value…',
  fixedValueFor: 'Fixed value for {{field}}',
  timeFormat: 'Time format',
  timeIso: 'ISO 8601 with offset',
  fields: {
    executed_at: 'Time of execution',
    symbol: 'Symbol',
    asset_class: 'Asset class',
    side: 'Side (buy/sell)',
    quantity: 'Quantity',
    price: 'Price',
    fees: 'Fees',
  },
  missing: 'Still needed: {{fields}}',
  previewHelp: 'Nothing is stored yet. This is what the import would do:',
  inserted: 'New executions',
  duplicates: 'Duplicates',
  skipped: 'Skipped rows',
  tradesAffected: 'Trades affected',
  warnings: 'Warnings',
  warningsTable: 'Warnings by line',
  errorsTable: 'Rows that could not be read',
  rowsRefused: 'Some rows could not be read. Fix the file or the mapping and check again.',
  line: 'Line',
  reason: 'Reason',
  import: 'Import',
  progress: 'Import progress',
  done: 'Import finished.',
  doneFailed: 'The import failed.',
  another: 'Import another file',
  failed: 'Something went wrong. Try again.',
};

export const importWizard = { importWizard: importWizardStrings };

/** Every component group above, as one tree (what a translator copies next to `en`).
 * Plain references, no spreads, so a component's import keeps only its own group. */
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
