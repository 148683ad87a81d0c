import { hash } from 'node:crypto';
import type { Decimal } from '../decimal';
import { getZone, toIso, type Zone } from '../time';
import { IdIndex } from './idIndex';
import { Interner } from './intern';
import type {
  DuplicateRow,
  Execution,
  FormatId,
  ImportOptions,
  ImportWarning,
  ParseResult,
  RowError,
  SkippedRow,
} from '../types';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type ExecutionDraft = Mutable<Execution>;

/**
 * Everything one file's import collects: executions, row errors, skipped rows, warnings and
 * in-file duplicates. It also gives executions their ids.
 */
export class ImportContext {
  readonly executions: Execution[] = [];
  readonly errors: RowError[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly duplicates: DuplicateRow[] = [];
  rowCount = 0;
  /** Broker account → rows seen (IBKR, NinjaTrader). */
  readonly accountsSeen = new Map<string, number>();
  private readonly byId = new IdIndex((i) => (this.executions[i] as Execution).id);
  /**
   * For a hashed row seen before (by its plain hash): the next `#k` to try. Every k below it is
   * taken, so the n-th identical row costs one probe, not n (20,000 identical rows took minutes).
   */
  private readonly nextRepeat = new Map<string, number>();
  /** Shared strings for repeated symbols and currencies. */
  readonly symbols = new Interner();
  readonly currencies = new Interner(8);

  constructor(
    readonly format: FormatId,
    readonly zone: Zone,
    readonly currency: string,
    readonly options: ImportOptions,
  ) {}

  static create(format: FormatId, options: ImportOptions): ImportContext | RowError {
    const tzName = options.timezone ?? 'UTC';
    const zone = getZone(tzName);
    if (zone === null) return { line: 1, reason: `unknown timezone "${tzName}" (an IANA name is needed)` };
    return new ImportContext(format, zone, options.currency ?? 'USD', options);
  }

  error(line: number, reason: string): void {
    this.errors.push({ line, reason });
  }

  skip(line: number, kind: SkippedRow['kind'], reason: string): void {
    this.skipped.push({ line, kind, reason });
  }

  warn(line: number, kind: ImportWarning['kind'], reason: string): void {
    this.warnings.push({ line, kind, reason });
  }

  /**
   * Checks the row's broker account against the option; false when the row is another account's
   * (it is then reported as skipped).
   */
  acceptsAccount(account: string, line: number, column: string): boolean {
    this.accountsSeen.set(account, (this.accountsSeen.get(account) ?? 0) + 1);
    const wanted = this.options.brokerAccount;
    if (wanted === undefined || wanted === account) return true;
    this.skip(line, 'other-account', `${column} ${account} is another account than ${wanted}`);
    return false;
  }

  /** Without a chosen account, a file holding several accounts is rejected as a whole. */
  checkSingleAccount(column: string): void {
    if (this.options.brokerAccount !== undefined || this.accountsSeen.size <= 1) return;
    const list = [...this.accountsSeen].map(([a, n]) => `${a} (${n} rows)`).join(', ');
    this.error(1, `the file holds several accounts in ${column}: ${list}; choose the account to import`);
  }

  /**
   * Adds a parsed row. `draft.id` is the broker's id, or '' to derive the hash journal.md defines:
   * (executedAt, symbol, side, quantity, price, row text). A k-th identical row of the same file
   * hashes with `#k` appended, so genuine identical fills are all kept while importing the same
   * file again still yields the same ids.
   */
  accept(draft: ExecutionDraft, raw: string): void {
    draft.symbol = this.symbols.get(draft.symbol);
    draft.currency = this.currencies.get(draft.currency);
    if (draft.id === '') {
      const base = `${toIso(draft.executedAt)}|${draft.symbol}|${draft.side}|${draft.quantity.toString()}|${draft.price.toString()}|${raw}`;
      const plain = hashId(base);
      let k = this.nextRepeat.get(plain) ?? 1;
      let id = k === 1 ? plain : hashId(`${base}#${k}`);
      while (this.byId.find(id) !== -1) id = hashId(`${base}#${++k}`);
      this.nextRepeat.set(plain, k + 1);
      draft.id = id;
    } else {
      const firstIndex = this.byId.findOrAdd(draft.id, this.executions.length);
      if (firstIndex !== -1) {
        const first = this.executions[firstIndex] as Execution;
        if (sameFill(first, draft)) {
          this.duplicates.push({ line: draft.line, executionId: draft.id, firstLine: first.line });
        } else {
          this.error(
            draft.line,
            `execution id "${draft.id}" is also on line ${first.line} with different values`,
          );
        }
        return;
      }
      this.executions.push(draft);
      return;
    }
    this.byId.add(draft.id, this.executions.length);
    this.executions.push(draft);
  }
}

/**
 * A file's result: its file-level `errors` (already in the order they go first) with the rows'
 * errors, sorted by line; `ctx` null when the import could not start (an unknown timezone).
 */
export function parseResult(format: FormatId, ctx: ImportContext | null, errors: RowError[]): ParseResult {
  // One at a time: a file of 150,000 bad rows overflows the stack as spread arguments.
  if (ctx) for (const e of ctx.errors) errors.push(e);
  errors.sort((a, b) => a.line - b.line);
  return {
    format,
    ok: errors.length === 0,
    executions: ctx?.executions ?? [],
    errors,
    skipped: ctx?.skipped ?? [],
    warnings: ctx?.warnings ?? [],
    duplicates: ctx?.duplicates ?? [],
    rowCount: ctx?.rowCount ?? 0,
  };
}

/** `h:` + the first 32 hex digits (128 bits) of sha256(text). */
export function hashId(text: string): string {
  return 'h:' + hash('sha256', text, 'hex').slice(0, 32);
}

function same(a: Decimal | undefined, b: Decimal | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.eq(b));
}

function sameFill(a: Execution, b: Execution): boolean {
  return (
    a.executedAt === b.executedAt &&
    a.symbol === b.symbol &&
    a.assetClass === b.assetClass &&
    a.side === b.side &&
    a.quantity.eq(b.quantity) &&
    a.price.eq(b.price) &&
    a.fees.eq(b.fees) &&
    same(a.realizedPnl, b.realizedPnl)
  );
}
