import { Decimal } from '../decimal';
import { toIso } from '../time';
import type { ImportOptions, ParseResult, RowError, Side } from '../types';
import { Cells, wallYmdDot, type Positivity } from './cells';
import { ImportContext, parseResult, type ExecutionDraft } from './context';
import type { Importer } from './driver';
import { readHtmlRows, type HtmlCell, type HtmlRow } from './html';
import { lotMultiplier } from './lots';

/**
 * MetaTrader 4 Detailed Statement (`Statement.htm`, brokers.md `mt4`): an HTML file of closed
 * and open positions, not fills. Each ticket chain (a ticket closed in parts, `to #N` / `from #M`)
 * is one position: one opening execution (`<first ticket>-open`, Σ Size) and one closing per
 * closed row, all carrying the position's key, so trades are built per position, never netted
 * (trades/positions.ts).
 */

/** The columns read, by their header names (the second `Price` is the close price). */
const COLUMNS = {
  ticket: 'Ticket',
  openTime: 'Open Time',
  type: 'Type',
  size: 'Size',
  item: 'Item',
  price: 'Price',
  closeTime: 'Close Time',
  closePrice: 'Price',
  commission: 'Commission',
  taxes: 'Taxes',
  swap: 'Swap',
  profit: 'Profit',
} as const;
type Column = keyof typeof COLUMNS;

const CLOSED_NEEDS: readonly Column[] = [
  'ticket',
  'openTime',
  'type',
  'size',
  'item',
  'price',
  'closeTime',
  'closePrice',
  'commission',
  'swap',
  'profit',
];
const OPEN_NEEDS: readonly Column[] = ['ticket', 'openTime', 'type', 'size', 'item', 'price'];

/** The Closed Transactions header's names (requiredColumns: the import wizard's help). */
export const MT4_COLUMNS: readonly string[] = [
  'Ticket',
  'Open Time',
  'Type',
  'Size',
  'Item',
  'Price',
  'S / L',
  'T / P',
  'Close Time',
  'Price',
  'Commission',
  'Taxes',
  'Swap',
  'Profit',
];

type Section = 'closed' | 'open';
const READ_SECTIONS: Readonly<Record<string, Section>> = {
  'Closed Transactions:': 'closed',
  'Open Trades:': 'open',
};
/** The titles of a Detailed Statement's sections (only READ_SECTIONS' are read). */
const TITLES = new Set([...Object.keys(READ_SECTIONS), 'Working Orders:', 'Summary:', 'Details:']);
const SECTION_NAMES: Readonly<Record<Section, string>> = {
  closed: 'Closed Transactions',
  open: 'Open Trades',
};

const CASH_TYPES = new Set(['balance', 'credit']);
const PENDING_TYPES = new Set(['buy limit', 'sell limit', 'buy stop', 'sell stop']);
const TICKET = /^\d{1,19}$/;
const LINK = /\b(to|from) #(\d{1,19})\b/i;
/** `10 000.00`: digit groups of three after spaces (or no-break spaces). */
const SPACED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d*)?$/;
const SPACES = /[ \u00a0\u202f]/g;
const YMD_DOT_MINUTES = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2})$/;

/** One position row read: a closed part (Closed Transactions) or an open one (Open Trades). */
interface PositionRow {
  line: number;
  section: Section;
  ticket: string;
  side: Side;
  symbol: string;
  size: Decimal;
  openAt: number;
  openPrice: Decimal;
  /** Closed rows only. */
  closeAt: number;
  closePrice: Decimal;
  /** Commission + Taxes + Swap (negative for costs). */
  costs: Decimal;
  profit: Decimal;
  /** `to #N`: the ticket the rest continued as. */
  to: string | null;
  /** `from #M`: the ticket this one continues. */
  from: string | null;
  /** The rest of the title (`[sl]`, `[tp]`, an expert's comment). */
  note: string | null;
  /** The row as written: a repeated row is recognized by it. */
  cells: readonly HtmlCell[];
}

/** Header name → logical column (cells spanning several columns counted as such). */
interface Header {
  line: number;
  at: Partial<Record<Column, number>>;
  /** The header row's cells as written (a repeated header is passed over). */
  cells: readonly HtmlCell[];
}

/** The statement's reading: rows by ticket, every problem with its line. */
class Statement {
  readonly rows = new Map<string, PositionRow>();
  /** Tickets of rows that could not be read: links to them are not "missing". */
  readonly broken = new Set<string>();
  /** The section being read (null: before the first one, or one that is not read). */
  section: Section | null = null;
  sawClosedSection = false;
  header: Header | null = null;
  readonly cells: Cells;

  constructor(readonly ctx: ImportContext) {
    this.cells = new Cells(ctx);
  }

  row(r: HtmlRow): void {
    const texts = r.cells.map((c) => c.text);
    const nonEmpty = texts.filter((t) => t !== '');
    // A section's title: its only text, ending with ':' — in a row of its own, or one of the
    // statement's titles whatever empty cells stand beside it.
    const only = nonEmpty.length === 1 ? (nonEmpty[0] as string) : '';
    if (only.endsWith(':') && (r.cells.length === 1 || TITLES.has(only))) {
      this.section = READ_SECTIONS[only] ?? null;
      if (this.section === 'closed') this.sawClosedSection = true;
      this.header = null;
      return;
    }
    if (this.section === null) return;
    if (texts[0] === COLUMNS.ticket) {
      if (this.header && sameCells(this.header.cells, r.cells)) return; // the header repeated
      this.header = this.readHeader(r);
      return;
    }
    this.ctx.rowCount++;
    const first = r.cells[0];
    if (first === undefined || first.colspan > 1 || first.text === '') {
      // The Closed P/L row, a "No transactions" row, or the totals (numbers only).
      const label = nonEmpty.find((t) => !/\d/.test(t))?.replace(/:$/, '');
      const what = label !== undefined ? `the "${label}" row` : 'a totals row';
      this.ctx.skip(r.line, 'summary', `${what} of ${SECTION_NAMES[this.section]}`);
      return;
    }
    if (this.header === null) {
      this.ctx.error(
        r.line,
        `a row of ${SECTION_NAMES[this.section]} comes before its header (Ticket, Open Time, …)`,
      );
      return;
    }
    this.positionRow(r, this.header, this.section);
  }

  private readHeader(r: HtmlRow): Header | null {
    const at: Partial<Record<Column, number>> = {};
    let pos = 0;
    for (const c of r.cells) {
      // The first Price opens, the next one closes.
      const key =
        c.text === COLUMNS.price
          ? at.price === undefined
            ? 'price'
            : 'closePrice'
          : (Object.keys(COLUMNS) as Column[]).find((k) => COLUMNS[k] === c.text);
      if (key !== undefined && at[key] === undefined) at[key] = pos;
      pos += c.colspan;
    }
    const section = this.section as Section;
    const missing = (section === 'closed' ? CLOSED_NEEDS : OPEN_NEEDS).filter((k) => at[k] === undefined);
    if (missing.length > 0) {
      const names = missing.map((k) =>
        k === 'closePrice' ? 'a second "Price" (the close price)' : `"${COLUMNS[k]}"`,
      );
      const found = r.cells.map((c) => c.text).filter((t) => t !== '');
      this.ctx.error(
        r.line,
        `the ${SECTION_NAMES[section]} header lacks column${missing.length > 1 ? 's' : ''} ${names.join(', ')} ` +
          `needed by the mt4 format (found ${found.map((t) => `"${t}"`).join(', ')})`,
      );
      this.section = null;
      return null;
    }
    return { line: r.line, at, cells: r.cells };
  }

  private positionRow(r: HtmlRow, h: Header, section: Section): void {
    const cells = this.cells;
    const fields: string[] = [];
    let pos = 0;
    for (const c of r.cells) {
      fields[pos] = c.text;
      for (let k = 1; k < c.colspan; k++) fields[pos + k] = '';
      pos += c.colspan;
    }
    cells.reset(fields, r.line);
    const col = (k: Column) => h.at[k] ?? -1;
    const typeText = cells.text(col('type')).replace(/\s+/g, ' ');
    const type = typeText.toLowerCase();
    if (CASH_TYPES.has(type)) {
      const what = r.cells.find((c, i) => i > 2 && c.text !== '' && c.colspan > 1)?.text;
      this.ctx.skip(
        r.line,
        'cash',
        `Type ${typeText}${what ? ` (${what})` : ''}: a cash movement, not a position`,
      );
      return;
    }
    if (PENDING_TYPES.has(type)) {
      const state = r.cells.find((c) => /^(cancelled|canceled|deleted|expired)$/i.test(c.text))?.text;
      this.ctx.skip(
        r.line,
        'order',
        `Type ${typeText}: a pending order${state ? ` (${state})` : ''}, not a position`,
      );
      return;
    }
    if (type !== 'buy' && type !== 'sell') {
      this.ctx.error(
        r.line,
        typeText === ''
          ? 'Type is empty'
          : `Type "${typeText}" is not buy, sell, balance, credit or a pending order (buy limit, sell limit, buy stop, sell stop)`,
      );
      return;
    }
    const ticketCell = r.cells[0];
    const ticket = cells.required(col('ticket'), 'Ticket');
    if (ticket !== null && !TICKET.test(ticket)) cells.fail(`Ticket "${ticket}" is not a ticket number`);
    const openAt = this.time(col('openTime'), 'Open Time');
    const size = this.number(col('size'), 'Size', 'positive');
    const item = cells.required(col('item'), 'Item');
    const openPrice = this.number(col('price'), 'Price');
    let closeAt: number | null = 0;
    let closePrice: Decimal | null = Decimal.ZERO;
    let costs: Decimal | null = Decimal.ZERO;
    let profit: Decimal | null = Decimal.ZERO;
    if (section === 'closed') {
      closeAt = this.time(col('closeTime'), 'Close Time');
      closePrice = this.number(col('closePrice'), 'Close Price');
      const commission = this.number(col('commission'), 'Commission');
      const taxes = h.at.taxes === undefined ? Decimal.ZERO : this.number(col('taxes'), 'Taxes');
      const swap = this.number(col('swap'), 'Swap');
      profit = this.number(col('profit'), 'Profit');
      costs = commission && taxes && swap ? commission.add(taxes).add(swap) : null;
      if (openAt !== null && closeAt !== null && closeAt < openAt) {
        cells.fail(
          `Close Time "${cells.text(col('closeTime'))}" is before Open Time "${cells.text(col('openTime'))}"`,
        );
      }
    }
    const title = ticketCell?.title?.trim() ?? '';
    const link = LINK.exec(title);
    const note = (link ? title.replace(link[0], ' ') : title).replace(/\s+/g, ' ').trim();
    if (cells.flush()) {
      if (ticket !== null && TICKET.test(ticket)) this.broken.add(ticket);
      return;
    }
    const id = ticket as string;
    const seen = this.rows.get(id);
    if (seen !== undefined) {
      if (sameCells(seen.cells, r.cells)) {
        this.ctx.duplicates.push({ line: r.line, executionId: id, firstLine: seen.line });
      } else {
        this.ctx.error(r.line, `Ticket ${id} is also on line ${seen.line} with different values`);
      }
      return;
    }
    const direction = link ? (link[1] as string).toLowerCase() : null;
    this.rows.set(id, {
      line: r.line,
      section,
      ticket: id,
      side: type,
      symbol: (item as string).toUpperCase(),
      size: size as Decimal,
      openAt: openAt as number,
      openPrice: openPrice as Decimal,
      closeAt: closeAt as number,
      closePrice: closePrice as Decimal,
      costs: costs as Decimal,
      profit: profit as Decimal,
      to: direction === 'to' ? (link?.[2] as string) : null,
      from: direction === 'from' ? (link?.[2] as string) : null,
      note: note === '' ? null : note,
      cells: r.cells,
    });
  }

  /** A time `2024.04.03 09:54:00` (or without seconds) in the account's timezone. */
  private time(index: number, name: string): number | null {
    const v = this.cells.required(index, name);
    if (v === null) return null;
    const m = YMD_DOT_MINUTES.exec(v);
    const wall = m
      ? ([Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0] as const)
      : wallYmdDot(v);
    return this.cells.local(wall, name, v, 'yyyy.MM.dd HH:mm:ss');
  }

  /** A number; money may group thousands with spaces (`10 000.00`). */
  private number(index: number, name: string, positivity: Positivity = 'any'): Decimal | null {
    const v = this.cells.required(index, name);
    if (v === null) return null;
    return this.cells.checkDecimal(
      Decimal.parse(SPACED.test(v) ? v.replace(SPACES, '') : v),
      name,
      v,
      positivity,
    );
  }

  /** The positions: chains of linked rows, each an opening and its closings. */
  finish(): void {
    const ctx = this.ctx;
    const chains = chainsOf(this.rows);
    const sizes = ctx.options.contractSizes;
    // Two positions of one file with the same key (same side, open time and price): each is told
    // apart by its first ticket.
    const keyCount = new Map<string, number>();
    const planned = chains.map((rows) => {
      const first = rows.reduce((a, b) => (compareTickets(a.ticket, b.ticket) <= 0 ? a : b));
      const key = `${first.symbol} ${first.side} ${toIso(first.openAt)} ${first.openPrice.toString()}`;
      keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
      return { rows, first, key };
    });
    for (const { rows, first, key: baseKey } of planned) {
      const key = (keyCount.get(baseKey) as number) > 1 ? `${baseKey} #${first.ticket}` : baseKey;
      const multiplier = lotMultiplier(first.symbol, sizes);
      let total = Decimal.ZERO;
      const consistent: PositionRow[] = [];
      for (const r of rows) {
        if (r.side !== first.side || r.symbol !== first.symbol) {
          ctx.error(
            r.line,
            `Ticket ${r.ticket} continues ticket ${first.ticket} (to / from #) but is a ${r.side} of ` +
              `${r.symbol}, not a ${first.side} of ${first.symbol}`,
          );
          continue;
        }
        consistent.push(r);
        total = total.add(r.size);
      }
      const execution = (
        id: string,
        at: number,
        side: Side,
        quantity: Decimal,
        price: Decimal,
        line: number,
      ) => {
        // Written out, not spread from a shared part: V8 makes spread objects slow ones.
        const e: ExecutionDraft = {
          id,
          executedAt: at,
          symbol: first.symbol,
          assetClass: 'forex',
          side,
          quantity,
          price,
          fees: Decimal.ZERO,
          multiplier,
          currency: ctx.currency,
          seq: line,
          line,
        };
        return e;
      };
      const opening = execution(
        `${first.ticket}-open`,
        first.openAt,
        first.side,
        total,
        first.openPrice,
        first.line,
      );
      opening.position = { key, effect: 'open' };
      if (first.section === 'open' && first.note !== null) opening.note = first.note;
      ctx.accept(opening, '');
      for (const r of consistent) {
        if (r.section !== 'closed') continue;
        if (r.to !== null && !this.rows.has(r.to) && !this.broken.has(r.to)) {
          ctx.warn(
            r.line,
            'open-position',
            `Ticket ${r.ticket} was closed in part; the rest went on as #${r.to}, which is in neither ` +
              `Closed Transactions nor Open Trades: its trade stays open`,
          );
        }
        const closing = execution(
          r.ticket,
          r.closeAt,
          r.side === 'buy' ? 'sell' : 'buy',
          r.size,
          r.closePrice,
          r.line,
        );
        // Costs are negative in MT4: fees = −(Commission + Taxes + Swap).
        closing.fees = r.costs.neg();
        closing.realizedPnl = r.profit;
        closing.position = r.to === null ? { key, effect: 'close' } : { key, effect: 'close', next: r.to };
        if (r.note !== null) closing.note = r.note;
        ctx.accept(closing, '');
      }
    }
  }
}

/** Two rows (or headers) written alike: the same cells, titles and spans. */
function sameCells(a: readonly HtmlCell[], b: readonly HtmlCell[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const d = b[i] as HtmlCell;
      return c.text === d.text && c.title === d.title && c.colspan === d.colspan;
    })
  );
}

/** Ticket numbers compared as numbers (they are digit strings of any length). */
function compareTickets(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Rows linked by `to #` / `from #` titles (to tickets the file holds), each chain in line order. */
function chainsOf(rows: ReadonlyMap<string, PositionRow>): PositionRow[][] {
  const parent = new Map<string, string>();
  const find = (t: string): string => {
    let root = t;
    while (parent.has(root)) root = parent.get(root) as string;
    for (let k = t; k !== root;) {
      const up = parent.get(k) as string;
      parent.set(k, root);
      k = up;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const r of rows.values()) {
    for (const other of [r.to, r.from]) {
      if (other !== null && rows.has(other)) union(r.ticket, other);
    }
  }
  const chains = new Map<string, PositionRow[]>();
  for (const r of [...rows.values()].sort((a, b) => a.line - b.line)) {
    const root = find(r.ticket);
    const list = chains.get(root);
    if (list === undefined) chains.set(root, [r]);
    else list.push(r);
  }
  return [...chains.values()];
}

/** The text of an HTML file: UTF-8 (a BOM is fine), UTF-16 with its BOM, else Windows-1252. */
function decode(bytes: Uint8Array): string | null {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.indexOf(0) !== -1) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A statement saved in the terminal's ANSI code page: what is read (numbers, times, tickets,
    // symbols) is ASCII in every one of them.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readStatement(bytes: Uint8Array, options: ImportOptions): ParseResult {
  const ctxOrError = ImportContext.create('mt4', options);
  if (!(ctxOrError instanceof ImportContext)) return parseResult('mt4', null, [ctxOrError]);
  const ctx = ctxOrError;
  const text = decode(bytes);
  if (text === null || text.indexOf('\u0000') !== -1) {
    return parseResult('mt4', ctx, [
      { line: 1, reason: 'the file is not an HTML text file (binary content)' },
    ]);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return parseResult('mt4', ctx, [{ line: 1, reason: 'the file is empty' }]);
  }
  const statement = new Statement(ctx);
  readHtmlRows(text, (row) => statement.row(row));
  const fileErrors: RowError[] = [];
  if (!statement.sawClosedSection) {
    fileErrors.push({
      line: 1,
      reason: 'no "Closed Transactions:" section with its header was found (is this a mt4 file?)',
    });
  } else {
    statement.finish();
  }
  return parseResult('mt4', ctx, fileErrors);
}

/**
 * The mt4 importer. A statement is read whole at the end (an HTML file is not a stream of lines,
 * and its encoding is known only once all of it is there); statements are small.
 */
export function createMt4Importer(options: ImportOptions): Importer {
  const chunks: Uint8Array[] = [];
  return {
    push(chunk) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    },
    end() {
      try {
        return readStatement(Buffer.concat(chunks), options);
      } catch (e) {
        // A bug must not pass as a clean import.
        return parseResult('mt4', null, [
          { line: 1, reason: `internal error: ${e instanceof Error ? e.message : String(e)}` },
        ]);
      }
    },
  };
}
