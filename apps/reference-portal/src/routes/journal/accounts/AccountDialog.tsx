import type { Account } from '@journalkit/sdk';
import { useCreateAccount, useUpdateAccount } from '@journalkit/sdk/react';
import { vars as t } from '@journalkit/theme';
import { Button, Combobox, Dialog, TextField } from '@journalkit/ui';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../../../i18n/i18n';
import {
  accountValues,
  newAccountValues,
  problemFieldErrors,
  toCreateInput,
  toUpdateInput,
} from './accountForm';
import type { AccountField, AccountFieldErrors, AccountFormValues } from './accountForm';
import { matchTimezone, timezoneItems } from './timezones';

const Fields = styled.div`
  display: grid;
  gap: ${t.space[4]};
  margin-block: ${t.space[4]};
`;

const FormError = styled.p`
  margin: 0;
  color: ${t.color.negative};
  font-weight: ${t.font.weight.medium};
`;

const brokers = [
  'ibkr',
  'tradovate',
  'ninjatrader',
  'mt4',
  'mt5',
  'thinkorswim',
  'binance',
  'schwab',
  'webull',
  'tastytrade',
  'tradezero',
];
const currencies = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CAD', 'AUD', 'USDT', 'USDC'];

interface AccountDialogProps {
  /** The account to edit; none to create one. */
  account?: Account | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the API stored it (created or changed). */
  onSaved: (account: Account, created: boolean) => void;
}

/** Create or edit a broker account in a dialog; the API's field errors show on their fields. */
export function AccountDialog({ account, open, onOpenChange, onSaved }: AccountDialogProps) {
  const tr = usePortalT('journal');
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content size="md">
        <Dialog.Title>
          {account ? tr('accounts.editTitle', { name: account.name }) : tr('accounts.createTitle')}
        </Dialog.Title>
        <Dialog.Description>
          {account
            ? tr('accounts.editDescription', { currency: account.currency })
            : tr('accounts.createDescription')}
        </Dialog.Description>
        {/* Radix unmounts the content when closed: every opening starts from a fresh form. */}
        <AccountForm account={account} onSaved={onSaved} />
      </Dialog.Content>
    </Dialog.Root>
  );
}

function AccountForm({ account, onSaved }: Pick<AccountDialogProps, 'account' | 'onSaved'>) {
  const tr = usePortalT('journal');
  const ids = useId();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const [values, setValues] = useState<AccountFormValues>(() =>
    account ? accountValues(account) : newAccountValues(),
  );
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const zones = useMemo(() => timezoneItems(values.timezone), [values.timezone]);
  const pending = create.isPending || update.isPending;

  // After a refusal, focus the first field the API named (or the form's message).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-part="form-error"]')?.focus();
  }, [attempt]);

  const set = (field: AccountField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const error = (field: AccountField) => (errors[field] ? tr(`accounts.errors.${field}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      if (account) {
        const body = toUpdateInput(values, account);
        const saved = Object.keys(body).length
          ? await update.mutateAsync({ accountId: account.id, body })
          : account;
        onSaved(saved, false);
      } else onSaved(await create.mutateAsync(toCreateInput(values)), true);
    } catch (caught) {
      const { fields, other } = problemFieldErrors(caught);
      setErrors(fields);
      setFormError(
        other.length
          ? tr('accounts.errors.failed', { reason: other.join(' ') })
          : Object.keys(fields).length
            ? tr('accounts.errors.form')
            : tr('accounts.errors.failed', { reason: caught instanceof Error ? caught.message : '' }),
      );
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate aria-busy={pending || undefined}>
      <Fields>
        <TextField
          label={tr('accounts.name')}
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={error('name')}
          required
        />
        <TextField
          label={tr('accounts.broker')}
          name="broker"
          autoComplete="off"
          list={`${ids}-brokers`}
          description={tr('accounts.brokerHelp')}
          value={values.broker}
          onChange={(e) => set('broker')(e.target.value)}
          error={error('broker')}
          required
        />
        <TextField
          label={tr('accounts.brokerAccount')}
          name="brokerAccount"
          autoComplete="off"
          description={tr('accounts.brokerAccountHelp')}
          value={values.brokerAccount}
          onChange={(e) => set('brokerAccount')(e.target.value)}
          error={error('brokerAccount')}
        />
        <TextField
          label={tr('accounts.currency')}
          name="currency"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={10}
          list={`${ids}-currencies`}
          description={account ? undefined : tr('accounts.currencyHelp')}
          value={values.currency}
          onChange={(e) => set('currency')(e.target.value.toUpperCase())}
          error={error('currency')}
          disabled={Boolean(account)}
          required
        />
        <TextField
          label={tr('accounts.startingBalance')}
          name="startingBalance"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          description={tr('accounts.startingBalanceHelp')}
          endAdornment={values.currency.trim() || undefined}
          value={values.startingBalance}
          onChange={(e) => set('startingBalance')(e.target.value)}
          error={error('startingBalance')}
        />
        <Combobox
          label={tr('accounts.timezone')}
          description={tr('accounts.timezoneHelp')}
          placeholder={tr('accounts.timezoneSearch')}
          emptyMessage={tr('accounts.timezoneNone')}
          items={zones}
          filter={matchTimezone}
          value={values.timezone || null}
          onValueChange={(zone) => set('timezone')(zone ?? '')}
          error={error('timezone')}
          required
        />
      </Fields>
      <datalist id={`${ids}-brokers`}>
        {brokers.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      <datalist id={`${ids}-currencies`}>
        {currencies.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {formError && (
        <FormError role="alert" tabIndex={-1} data-part="form-error">
          {formError}
        </FormError>
      )}
      <Dialog.Footer>
        <Dialog.Close asChild>
          <Button type="button" variant="outline" tone="neutral">
            {tr('accounts.cancel')}
          </Button>
        </Dialog.Close>
        <Button type="submit" loading={pending}>
          {account ? tr('accounts.submitEdit') : tr('accounts.submitCreate')}
        </Button>
      </Dialog.Footer>
    </form>
  );
}
