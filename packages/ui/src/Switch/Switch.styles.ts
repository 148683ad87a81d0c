import { vars as t } from '@journalkit/theme';
import { Switch as RadixSwitch } from 'radix-ui';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const SwitchRoot = styled.div`
  display: inline-flex;
  align-items: center;
  gap: ${t.space[3]};
  &[data-label-position='start'] {
    flex-direction: row-reverse;
    justify-content: flex-end;
  }
`;

export const SwitchLabel = styled.label`
  font-size: ${t.font.size.sm};
  color: ${t.color.text};
  cursor: pointer;
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
`;

export const Track = styled(RadixSwitch.Root)`
  --_switch-w: 2.5rem;
  --_switch-h: 1.5rem;
  --_switch-pad: 3px;
  position: relative;
  flex-shrink: 0;
  inline-size: var(--_switch-w);
  block-size: var(--_switch-h);
  padding: 0;
  border: 0;
  border-radius: 9999px;
  background-color: ${t.component.switch.trackOff};
  cursor: pointer;
  transition: background-color ${t.duration.fast} ${t.easing.standard};
  ${focusRing}
  &[data-state='checked'] {
    background-color: ${t.component.switch.trackOn};
  }
  &:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  &[data-size='sm'] {
    --_switch-w: 2rem;
    --_switch-h: 1.25rem;
  }
`;

export const Thumb = styled(RadixSwitch.Thumb)`
  display: block;
  inline-size: calc(var(--_switch-h) - 2 * var(--_switch-pad));
  block-size: calc(var(--_switch-h) - 2 * var(--_switch-pad));
  border-radius: 9999px;
  background-color: ${t.component.switch.thumb};
  box-shadow: ${t.shadow.sm};
  transform: translateX(var(--_switch-pad));
  transition: transform ${t.duration.fast} ${t.easing.standard};
  &[data-state='checked'] {
    transform: translateX(calc(var(--_switch-w) - var(--_switch-h) + var(--_switch-pad)));
  }
  &:dir(rtl) {
    transform: translateX(calc(-1 * var(--_switch-pad)));
  }
  &[data-state='checked']:dir(rtl) {
    transform: translateX(calc(-1 * (var(--_switch-w) - var(--_switch-h) + var(--_switch-pad))));
  }
`;
