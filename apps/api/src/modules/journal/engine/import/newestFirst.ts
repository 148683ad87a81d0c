import { Decimal } from '../decimal';
import { instrumentKey } from '../trades/build';
import type { Execution } from '../types';
import type { ExecutionDraft, ImportContext, Mutable } from './context';

interface Closing {
  readonly draft: ExecutionDraft;
  readonly raw: string;
  /** The row's kind in messages: `Action Expired`, `Sub Type Assignment`. */
  readonly what: string;
}

/**
 * The executions of a file written newest first (Schwab, Webull, tastytrade).
 *
 * Order: executions of the same instant keep bottom-up order. At the end every execution's `seq`
 * becomes (last line + 1 − line): the lowest row sorts first, and seq stays a position inside
 * the file (1 … lines), so files combined by the API still sort one after the other.
 *
 * Closing rows (an option that expired, was assigned or exercised) name no side: they close at
 * price 0 on the side that flattens the position the file holds in that contract just before
 * them (a sell of a long, a buy of a short). They are held until the whole file is read, then
 * given that side and accepted. A closing row with no position before it in the file, or closing
 * more than is held, is an error: its side would be a guess.
 */
export class NewestFirstRows {
  private readonly closing: Closing[] = [];

  constructor(private readonly ctx: ImportContext) {}

  accept(draft: ExecutionDraft, raw: string): void {
    this.ctx.accept(draft, raw);
  }

  /** A row that closes what is held at price 0; its `side` is set at the end. */
  acceptClosing(draft: ExecutionDraft, raw: string, what: string): void {
    this.closing.push({ draft, raw, what });
  }

  /** Call once after the last row (and after every `accept` of the file). */
  end(): void {
    if (this.closing.length > 0) this.closePositions();
    const executions = this.ctx.executions;
    let last = 0;
    for (const e of executions) if (e.line > last) last = e.line;
    for (const e of executions) (e as Mutable<Execution>).seq = last + 1 - e.line;
  }

  private closePositions(): void {
    type Entry = { e: ExecutionDraft | Execution; closing: Closing | null };
    const entries: Entry[] = this.ctx.executions.map((e) => ({ e, closing: null }));
    for (const c of this.closing) entries.push({ e: c.draft, closing: c });
    // Time order, then bottom-up (the file is newest first).
    entries.sort((a, b) => a.e.executedAt - b.e.executedAt || b.e.line - a.e.line);
    const held = new Map<string, Decimal>();
    const accepted: Closing[] = [];
    for (const { e, closing } of entries) {
      const key = instrumentKey(e);
      const position = held.get(key) ?? Decimal.ZERO;
      if (closing !== null) {
        const draft = closing.draft;
        if (position.isZero()) {
          this.ctx.error(
            draft.line,
            `${closing.what} closes ${draft.symbol} at 0, but the file holds no position in it before this row ` +
              '(import it together with the rows that opened the position)',
          );
          continue;
        }
        if (draft.quantity.cmp(position.abs()) > 0) {
          this.ctx.error(
            draft.line,
            `${closing.what} closes ${draft.quantity.toString()} of ${draft.symbol}, but the file holds only ` +
              `${position.abs().toString()} before this row`,
          );
          continue;
        }
        draft.side = position.sign() > 0 ? 'sell' : 'buy';
        accepted.push(closing);
      }
      held.set(key, e.side === 'buy' ? position.add(e.quantity) : position.sub(e.quantity));
    }
    accepted.sort((a, b) => a.draft.line - b.draft.line);
    for (const c of accepted) this.ctx.accept(c.draft, c.raw);
  }
}
