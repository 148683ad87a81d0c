import type { ColumnMapping, Execution, FormatId, ParseResult, RowError } from '../journal/engine';

/**
 * What an imported (or pushed) execution's text may hold, checked after a broker file is read and
 * before anything is written (issue 9, item 11). A row that breaks a rule is a row error like an
 * unreadable price: the file imports nothing and the report names the line, the column and why.
 *
 * Symbols — the canonical symbol the journal stores (futures already `ESH24`):
 * - 1 to {@link SYMBOL_MAX} characters;
 * - the first a letter or a digit (any script: `\p{L}`, `\p{N}`);
 * - then letters, digits, spaces and `. / - _ : ^ # & +`, which real symbols need: share classes
 *   (`BRK.B`, `BRK/B`, `BRK B`), OCC options (`SPY   241220P00500000`), crypto pairs (`BTC-USD`,
 *   `ETH/USDT`, `1000SHIBUSDT`), forex (`EUR/USD`), MetaTrader broker suffixes (`EURUSD.pro`,
 *   `XAUUSD#`, `US30_cash`, `EURUSD+`), exchange prefixes (`NASDAQ:AAPL`), `M&M` (NSE), `ES^`.
 * Everything else is refused, so `=HYPERLINK(…)`, `@SUM(1+1)`, `+cmd|…`, `-2+3`, quotes, commas,
 * control and formatting characters (bidi overrides) never reach a journal, a page or a spreadsheet.
 *
 * Other text:
 * - execution ids at most {@link EXECUTION_ID_MAX} characters, not starting with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return (a spreadsheet formula); anything else in them is kept exactly;
 * - broker account numbers at most {@link ACCOUNT_MAX} characters, same first-character rule;
 * - currencies (and Binance's fee assets) 1 to {@link CURRENCY_MAX} letters or digits;
 * - a row's comment kept as a note (MT4 `[sl]`) at most {@link NOTE_MAX} characters, same
 *   first-character rule.
 * Row reasons are cut to {@link REASON_MAX} characters, so a huge cell never comes back whole.
 */
export const SYMBOL_MAX = 64;
export const EXECUTION_ID_MAX = 200;
export const ACCOUNT_MAX = 64;
export const CURRENCY_MAX = 12;
export const REASON_MAX = 500;
export const NOTE_MAX = 200;

const SYMBOL = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N} ./\\-_:^#&+]{0,${SYMBOL_MAX - 1}}$`, 'u');
const SYMBOL_RULE =
  `a symbol starts with a letter or a digit and holds only letters, digits, spaces and . / - _ : ^ # & + ` +
  `(at most ${SYMBOL_MAX} characters)`;
const FORMULA_LEAD = /^[=+\-@\t\r]/;
const CURRENCY = new RegExp(`^[A-Z0-9]{1,${CURRENCY_MAX}}$`);

/** The file's column each checked value comes from, for the row's reason. */
interface Labels {
  symbol: string;
  id: string;
  currency: string;
  account: string;
  feeAsset: string;
}

const LABELS: Record<FormatId, Labels> = {
  generic: {
    symbol: 'symbol',
    id: 'execution_id',
    currency: 'currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  'ibkr-flex': {
    symbol: 'Symbol',
    id: 'TradeID',
    currency: 'CurrencyPrimary',
    account: 'ClientAccountID',
    feeAsset: 'fee asset',
  },
  tradovate: {
    symbol: 'Contract',
    id: 'Fill ID',
    currency: 'currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  ninjatrader: {
    symbol: 'Instrument',
    id: 'ID',
    currency: 'currency',
    account: 'Account',
    feeAsset: 'fee asset',
  },
  mt5: { symbol: 'Symbol', id: 'Deal', currency: 'currency', account: 'account', feeAsset: 'fee asset' },
  thinkorswim: {
    symbol: 'Symbol',
    id: 'execution id',
    currency: 'currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  binance: { symbol: 'Pair', id: 'execution id', currency: 'Amount', account: 'account', feeAsset: 'Fee' },
  mt4: { symbol: 'Item', id: 'Ticket', currency: 'currency', account: 'account', feeAsset: 'fee asset' },
  schwab: {
    symbol: 'Symbol',
    id: 'execution id',
    currency: 'currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  webull: {
    symbol: 'Symbol',
    id: 'execution id',
    currency: 'currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  tastytrade: {
    symbol: 'Symbol',
    id: 'Order #',
    currency: 'Currency',
    account: 'account',
    feeAsset: 'fee asset',
  },
  tradezero: {
    symbol: 'Symbol',
    id: 'execution id',
    currency: 'Currency',
    account: 'Account',
    feeAsset: 'fee asset',
  },
};

/** A value for a reason: JSON-quoted (controls and quotes visible), long ones cut. */
export function quoted(value: string, max = 40): string {
  const cut = [...value.slice(0, max * 2)].slice(0, max).join('');
  return JSON.stringify(cut) + (cut.length < value.length ? '…' : '');
}

function length(value: string): string {
  return `${value.length.toLocaleString('en-US')} characters long`;
}

/** Why a symbol is refused, or null when it is fine. `label` names its column. */
export function symbolProblem(symbol: string, label: string): string | null {
  if (SYMBOL.test(symbol)) return null;
  if (symbol.length > SYMBOL_MAX) {
    return `${label} is ${length(symbol)}: a symbol has at most ${SYMBOL_MAX} characters`;
  }
  return `${label} ${quoted(symbol)} is not a symbol: ${SYMBOL_RULE}`;
}

/** Why an id-like text (execution id, account number) is refused, or null. */
export function textProblem(value: string, label: string, max: number): string | null {
  if (value.length > max) return `${label} is ${length(value)}: at most ${max} characters`;
  if (FORMULA_LEAD.test(value)) {
    return (
      `${label} ${quoted(value)} starts with ${quoted(value[0] as string)}, which a spreadsheet reads as a formula: ` +
      `it may not start with =, +, -, @, a tab or a carriage return`
    );
  }
  return null;
}

function currencyProblem(value: string, label: string): string | null {
  if (CURRENCY.test(value)) return null;
  return `${label} currency ${quoted(value)} is not a currency code (1 to ${CURRENCY_MAX} letters or digits)`;
}

/** Problems of one execution read from a file (or pushed), joined like the parsers' own. */
export function executionProblems(e: Execution, labels: Labels): string[] {
  const problems: string[] = [];
  const s = symbolProblem(e.symbol, labels.symbol);
  if (s) problems.push(s);
  // `h:` hashes are ours (formats without ids).
  if (!e.id.startsWith('h:')) {
    const id = textProblem(e.id, labels.id, EXECUTION_ID_MAX);
    if (id) problems.push(id);
  }
  const c = currencyProblem(e.currency, labels.currency);
  if (c) problems.push(c);
  if (e.brokerAccount !== undefined) {
    const a = textProblem(e.brokerAccount, labels.account, ACCOUNT_MAX);
    if (a) problems.push(a);
  }
  if (e.unvaluedFee) {
    const f = currencyProblem(e.unvaluedFee.asset, labels.feeAsset);
    if (f) problems.push(f);
  }
  if (e.note !== undefined) {
    const n = textProblem(e.note, 'the comment', NOTE_MAX);
    if (n) problems.push(n);
  }
  return problems;
}

function labelsFor(format: FormatId, mapping?: ColumnMapping): Labels {
  const base = LABELS[format];
  if (!mapping) return base;
  const col = (f: keyof ColumnMapping['columns'], fallback: string) => mapping.columns[f]?.trim() || fallback;
  return {
    ...base,
    symbol: col('symbol', base.symbol),
    id: col('execution_id', base.id),
    currency: col('currency', base.currency),
  };
}

function cut(e: RowError): RowError {
  return e.reason.length <= REASON_MAX
    ? e
    : { line: e.line, reason: `${e.reason.slice(0, REASON_MAX - 1)}…` };
}

/**
 * The parse result with a row error for every execution that breaks a rule above (its row then
 * imports nothing, and neither does the file), and every reason cut to REASON_MAX characters.
 */
export function applyRowRules(result: ParseResult, mapping?: ColumnMapping): ParseResult {
  const labels = labelsFor(result.format, mapping);
  const added: RowError[] = [];
  for (const e of result.executions) {
    const problems = executionProblems(e, labels);
    if (problems.length) added.push({ line: e.line, reason: problems.join('; ') });
  }
  const long = result.errors.some((e) => e.reason.length > REASON_MAX);
  if (added.length === 0 && !long) return result;
  const errors = [...result.errors, ...added].map(cut).sort((a, b) => a.line - b.line);
  return { ...result, ok: errors.length === 0, errors };
}
