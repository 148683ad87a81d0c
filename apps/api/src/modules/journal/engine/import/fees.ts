import { Decimal } from '../decimal';
import type { ImportContext } from './context';

/**
 * The fees a row books: the sum of its fee columns, or 0 when a rebate makes the sum negative
 * (the journal books no negative fee, brokers.md `tradezero`). The surplus rebate is then listed
 * in the import report as a `rebate-surplus` warning on the row. `parts` says how the columns were
 * added (`Comm + SEC + …`).
 */
export function bookedFees(ctx: ImportContext, line: number, sum: Decimal, parts: string): Decimal {
  if (sum.sign() >= 0) return sum;
  ctx.warn(
    line,
    'rebate-surplus',
    `${parts} = ${sum.toString()}: a rebate larger than the fees; the row books 0 fees and the surplus ` +
      `rebate of ${sum.neg().toString()} is not counted`,
  );
  return Decimal.ZERO;
}
