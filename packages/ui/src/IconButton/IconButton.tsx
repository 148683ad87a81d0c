import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import type { ButtonProps } from '../Button/Button';
import { devWarn } from '../internal/dev';
import { Tooltip } from '../Tooltip/Tooltip';
import { Square } from './IconButton.styles';

export interface IconButtonProps extends Omit<
  ButtonProps,
  'startIcon' | 'endIcon' | 'fullWidth' | 'children'
> {
  /** Accessible name, already translated (e.g. `t('journal.deleteTrade')`). Required. */
  label: string;
  /** The icon (decorative; `aria-hidden`). */
  children: ReactNode;
  /** Also show `label` as a tooltip on hover/focus. Default true. */
  tooltip?: boolean;
}

/** A square button showing only an icon; its `label` is the accessible name and the tooltip. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, tooltip = true, children, variant = 'ghost', tone = 'neutral', ...rest },
  ref,
) {
  if (!label) devWarn('IconButton needs a `label`: it is the only accessible name an icon button has.');
  const button = (
    <Square ref={ref} aria-label={label} variant={variant} tone={tone} {...rest} data-component="IconButton">
      {children}
    </Square>
  );
  return tooltip ? <Tooltip content={label}>{button}</Tooltip> : button;
});
