import type { Switch as RadixSwitch } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useJkId } from '../internal/ids';
import { SwitchLabel, SwitchRoot, Thumb, Track } from './Switch.styles';

export interface SwitchProps extends Omit<
  ComponentPropsWithoutRef<typeof RadixSwitch.Root>,
  'asChild' | 'children'
> {
  label: ReactNode;
  /** Label after (default) or before the switch; logical, so it flips in RTL. */
  labelPosition?: 'start' | 'end';
  size?: 'sm' | 'md';
}

/** An on/off setting that applies immediately (Radix Switch, role="switch"). */
export const Switch = forwardRef<HTMLButtonElement, SwitchProps>(function Switch(
  { label, labelPosition = 'end', size = 'md', className, id, disabled, ...rest },
  ref,
) {
  const controlId = useJkId(id);
  return (
    <SwitchRoot className={className} data-component="Switch" data-label-position={labelPosition}>
      <Track ref={ref} id={controlId} disabled={disabled} data-part="track" data-size={size} {...rest}>
        <Thumb data-part="thumb" />
      </Track>
      <SwitchLabel htmlFor={controlId} data-part="label" data-disabled={disabled || undefined}>
        {label}
      </SwitchLabel>
    </SwitchRoot>
  );
});
