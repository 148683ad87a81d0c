import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import { accountSwitcher as accountSwitcherStrings } from '../i18n/locales/accountSwitcher/en';
import { useT } from '../i18n/useT';
import { Select } from '../Select/Select';
import type { SelectGroup, SelectOption, SelectProps } from '../Select/Select';
import { Root } from './AccountSwitcher.styles';

/** An account as `listAccounts` returns it (the fields the switcher needs). */
export interface AccountSummary {
  id: string;
  name: string;
  broker: string;
  currency: string;
  /** ISO date-time when archived; archived accounts are listed in their own group. */
  archivedAt: string | null;
}

/** Radix reserves the empty string; "All accounts" travels as this value inside the Select. */
const ALL = '__all__';

export interface AccountSwitcherProps extends Omit<
  SelectProps,
  'options' | 'value' | 'defaultValue' | 'onValueChange' | 'label' | 'placeholder'
> {
  accounts: readonly AccountSummary[];
  /** The chosen account id, or `null` for all accounts. */
  value: string | null;
  onValueChange: (accountId: string | null) => void;
  /** Field label, already translated. Default: "Account". */
  label?: ReactNode;
  /** Offer "All accounts" (default true). */
  allowAll?: boolean;
}

/**
 * Choose one trading account or all of them (the kit's Select). Each option shows the account's
 * broker and currency; archived accounts come last in their own group. `ref` reaches the trigger.
 */
export const AccountSwitcher = forwardRef<HTMLButtonElement, AccountSwitcherProps>(function AccountSwitcher(
  { accounts, value, onValueChange, label, allowAll = true, className, ...rest },
  ref,
) {
  const t = useT(accountSwitcherStrings);
  const option = (a: AccountSummary): SelectOption => ({
    value: a.id,
    label: t('accountSwitcher.option', { name: a.name, broker: a.broker, currency: a.currency }),
  });
  const active = accounts.filter((a) => !a.archivedAt).map(option);
  const archived = accounts.filter((a) => a.archivedAt).map(option);
  const options: (SelectOption | SelectGroup)[] = [];
  if (allowAll) options.push({ value: ALL, label: t('accountSwitcher.all') });
  if (archived.length === 0) options.push(...active);
  else {
    if (active.length > 0) options.push({ label: t('accountSwitcher.active'), options: active });
    options.push({ label: t('accountSwitcher.archived'), options: archived });
  }
  return (
    <Root className={className} data-component="AccountSwitcher">
      <Select
        ref={ref}
        {...rest}
        label={label ?? t('accountSwitcher.label')}
        options={options}
        value={value ?? (allowAll ? ALL : undefined)}
        placeholder={t('accountSwitcher.placeholder')}
        onValueChange={(v) => onValueChange(v === ALL ? null : v)}
      />
    </Root>
  );
});
