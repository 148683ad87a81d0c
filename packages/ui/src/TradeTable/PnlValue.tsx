import type { ComponentPropsWithoutRef } from 'react';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon } from '../icons/icons';
import { useT } from '../i18n/useT';
import type { Formatters, SignedValue } from '../intl/formatters';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { PnlRoot } from './TradeTable.styles';

export interface PnlValueProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  value: number;
  /** ISO 4217 code; without it a plain signed number (R multiples). */
  currency?: string;
  /** Suffix after the number ("R"). */
  unit?: string;
}

/** Money in the currency (useFormatters shows codes Intl does not know, such as USDT, after the number). */
function signed(f: Formatters, value: number, currency: string | undefined): SignedValue {
  return currency ? f.pnl(value, currency) : f.pnl(value, undefined, { maximumFractionDigits: 2 });
}

const icons = { up: ArrowUpIcon, down: ArrowDownIcon, flat: ArrowFlatIcon } as const;

/** Profit or loss: sign, arrow icon, a spoken word and the tone colour (never colour alone). */
export function PnlValue({ value, currency, unit, ...rest }: PnlValueProps) {
  const t = useT();
  const f = useFormatters();
  const { text, trend } = signed(f, value, currency);
  const Icon = icons[trend];
  const word = { up: t('pnl.profit'), down: t('pnl.loss'), flat: t('pnl.breakeven') }[trend];
  return (
    <PnlRoot data-part="pnl" data-trend={trend} {...rest}>
      <Icon />
      <VisuallyHidden>{word}</VisuallyHidden>
      <Num>
        {text}
        {unit}
      </Num>
    </PnlRoot>
  );
}
