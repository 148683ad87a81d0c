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
  --jk-switch-w: 2.5rem;
  --jk-switch-h: 1.5rem;
  --jk-switch-pad: 3px;
  position: relative;
  flex-shrink: 0;
  inline-size: var(--jk-switch-w);
  block-size: var(--jk-switch-h);
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
    --jk-switch-w: 2rem;
    --jk-switch-h: 1.25rem;
  }
`;

export const Thumb = styled(RadixSwitch.Thumb)`
  display: block;
  inline-size: calc(var(--jk-switch-h) - 2 * var(--jk-switch-pad));
  block-size: calc(var(--jk-switch-h) - 2 * var(--jk-switch-pad));
  border-radius: 9999px;
  background-color: ${t.component.switch.thumb};
  box-shadow: ${t.shadow.sm};
  transform: translateX(var(--jk-switch-pad));
  transition: transform ${t.duration.fast} ${t.easing.standard};
  &[data-state='checked'] {
    transform: translateX(calc(var(--jk-switch-w) - var(--jk-switch-h) + var(--jk-switch-pad)));
  }
  &:dir(rtl) {
    transform: translateX(calc(-1 * var(--jk-switch-pad)));
  }
  &[data-state='checked']:dir(rtl) {
    transform: translateX(calc(-1 * (var(--jk-switch-w) - var(--jk-switch-h) + var(--jk-switch-pad))));
  }
`;
