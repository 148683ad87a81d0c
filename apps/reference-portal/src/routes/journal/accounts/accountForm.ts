import { isJournalkitError } from '@journalkit/sdk';
import type { Account, CreateAccountInput, UpdateAccountInput } from '@journalkit/sdk';

/** The account form's fields, in the API's names. */
export const accountFields = [
  'name',
  'broker',
  'brokerAccount',
  'currency',
  'timezone',
  'startingBalance',
] as const;
export type AccountField = (typeof accountFields)[number];
/** What the form holds: text as typed (optional fields empty when not given). */
export type AccountFormValues = Record<AccountField, string>;
export type AccountFieldErrors = Partial<Record<AccountField, string>>;

/** The browser's timezone, the likeliest one for a new account (UTC when unknown). */
export function localTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export const newAccountValues = (timezone = localTimezone()): AccountFormValues => ({
  name: '',
  broker: '',
  brokerAccount: '',
  currency: '',
  timezone,
  startingBalance: '',
});

export const accountValues = (a: Account): AccountFormValues => ({
  name: a.name,
  broker: a.broker,
  brokerAccount: a.brokerAccount ?? '',
  currency: a.currency,
  timezone: a.timezone,
  startingBalance: a.startingBalance ?? '',
});

/** `POST /v1/accounts` body. The API validates; the form only trims and upper-cases the currency. */
export function toCreateInput(v: AccountFormValues): CreateAccountInput {
  const body: CreateAccountInput = {
    name: v.name.trim(),
    broker: v.broker.trim(),
    currency: v.currency.trim().toUpperCase(),
    timezone: v.timezone.trim(),
  };
  if (v.startingBalance.trim()) body.startingBalance = v.startingBalance.trim();
  if (v.brokerAccount.trim()) body.brokerAccount = v.brokerAccount.trim();
  return body;
}

/** `PATCH /v1/accounts/{id}` body: only what changed; a cleared optional field becomes null. */
export function toUpdateInput(v: AccountFormValues, account: Account): UpdateAccountInput {
  const next = toCreateInput(v);
  const body: UpdateAccountInput = {};
  if (next.name !== account.name) body.name = next.name;
  if (next.broker !== account.broker) body.broker = next.broker;
  if (next.timezone !== account.timezone) body.timezone = next.timezone ?? '';
  if ((next.brokerAccount ?? null) !== account.brokerAccount) body.brokerAccount = next.brokerAccount ?? null;
  if ((next.startingBalance ?? null) !== account.startingBalance)
    body.startingBalance = next.startingBalance ?? null;
  return body;
}

/**
 * A validation problem's field errors (`/body/currency`) by form field; `other` holds the messages
 * of anything else (an unknown field, or the problem's detail when it names no field).
 */
export function problemFieldErrors(error: unknown): { fields: AccountFieldErrors; other: string[] } {
  const fields: AccountFieldErrors = {};
  const other: string[] = [];
  if (!isJournalkitError(error)) return { fields, other };
  for (const e of error.errors) {
    if (!('field' in e)) continue;
    const name = e.field.replace(/^\/body\//, '');
    if ((accountFields as readonly string[]).includes(name)) fields[name as AccountField] ??= e.message;
    else other.push(e.message);
  }
  if (Object.keys(fields).length === 0 && other.length === 0) other.push(error.detail || error.title);
  return { fields, other };
}
