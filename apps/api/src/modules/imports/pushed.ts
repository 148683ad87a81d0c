import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { AccountsTable } from '../../db/schema';
import { unprocessable } from '../../lib/problems';
import {
  Decimal,
  canonicalFutureSymbol,
  defaultMultiplier,
  isAssetClass,
  type Execution,
} from '../journal/engine';
import type { PushExecutionsBody } from './imports.schemas';
import { EXECUTION_ID_MAX, symbolProblem, textProblem } from './rowRules';

/** One execution of a pushed batch, as the route's schema validated it. */
export type PushedExecution = Static<typeof PushExecutionsBody>['executions'][number];

/**
 * Pushed executions → engine executions, read by the same rules as a generic file. Any bad item
 * rejects the whole batch (422, `errors[].line` is the item's index + 1), nothing is written.
 */
export function toExecutions(
  items: readonly PushedExecution[],
  account: Selectable<AccountsTable>,
): Execution[] {
  const errors: Array<{ line: number; reason: string }> = [];
  const out: Execution[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const line = i + 1;
    const fail = (reason: string) => errors.push({ line, reason: `executions[${i}]: ${reason}` });
    const executedAt = Date.parse(item.executedAt);
    if (!Number.isFinite(executedAt)) return fail(`executedAt "${item.executedAt}" is not a date-time`);
    if (!isAssetClass(item.assetClass)) return fail(`assetClass "${item.assetClass}" is unknown`);
    const quantity = Decimal.parse(item.quantity);
    if (!quantity || quantity.sign() <= 0)
      return fail(`quantity "${item.quantity}" must be a positive number`);
    const price = Decimal.parse(item.price);
    if (!price) return fail(`price "${item.price}" is not a number`);
    const fees = item.fees === undefined ? Decimal.ZERO : Decimal.parse(item.fees);
    if (!fees || fees.sign() < 0) return fail(`fees "${item.fees}" must be zero or more`);
    let symbol = item.symbol.trim().toUpperCase();
    let root: string | null = null;
    if (item.assetClass === 'future') {
      const c = canonicalFutureSymbol(symbol, executedAt);
      if (!c) return fail(`symbol "${item.symbol}" is not a futures contract code (ESH24, ES 03-24)`);
      symbol = c.symbol;
      root = c.root;
    }
    const multiplier =
      item.multiplier !== undefined
        ? Decimal.parse(item.multiplier)
        : defaultMultiplier(item.assetClass, root);
    if (!multiplier || multiplier.sign() <= 0) {
      return fail(`no multiplier given and none known for ${item.assetClass} ${symbol}`);
    }
    // The rules a file's rows follow (rowRules.ts): a symbol's characters, no formula-leading id.
    const text =
      symbolProblem(symbol, 'symbol') ??
      textProblem(item.brokerExecutionId, 'brokerExecutionId', EXECUTION_ID_MAX);
    if (text) return fail(text);
    if (seen.has(item.brokerExecutionId))
      return fail(`brokerExecutionId "${item.brokerExecutionId}" repeats in the batch`);
    seen.add(item.brokerExecutionId);
    out.push({
      id: item.brokerExecutionId,
      executedAt,
      symbol,
      assetClass: item.assetClass,
      side: item.side,
      quantity,
      price,
      fees,
      multiplier,
      currency: item.currency ?? account.currency,
      seq: line,
      line,
    });
  });
  if (errors.length) {
    throw unprocessable(
      'executions-invalid',
      'Invalid executions',
      `${errors.length} execution(s) cannot be read; nothing was written.`,
      {
        errors,
      },
    );
  }
  return out;
}
