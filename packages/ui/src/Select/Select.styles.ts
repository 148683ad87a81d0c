import { vars as t } from '@journalkit/theme';
import { Select as RadixSelect } from 'radix-ui';
import styled from 'styled-components';
import { controlBox } from '../internal/Field.styles';
import { floatingPanel, listItem, listLabel, listSeparator } from '../internal/overlay.styles';

export const Trigger = styled(RadixSelect.Trigger)`
  ${controlBox}
  justify-content: space-between;
  inline-size: 100%;
  font: inherit;
  text-align: start;
  cursor: pointer;
  &:focus-visible {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: 0;
    border-color: ${t.component.focusRing.color};
  }
  &:focus-within {
    outline: none;
  }
  &:disabled {
    background-color: ${t.color.surfaceSunken};
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & > [data-part='value'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  &[data-placeholder] > [data-part='value'] {
    color: ${t.component.input.placeholder};
  }
  &:disabled > [data-part='value'] {
    color: ${t.color.textDisabled};
  }
  & > [data-part='icon'] {
    display: inline-flex;
    flex-shrink: 0;
    color: ${t.color.textMuted};
    transition: transform ${t.duration.fast} ${t.easing.standard};
  }
  &[data-state='open'] > [data-part='icon'] {
    transform: rotate(180deg);
  }
`;

export const Content = styled(RadixSelect.Content)`
  ${floatingPanel}
  --_origin: var(--radix-select-content-transform-origin);
  min-inline-size: var(--radix-select-trigger-width);
  max-inline-size: min(calc(100vw - 1rem), 28rem);
  max-block-size: min(var(--radix-select-content-available-height), 20rem);
  overflow: hidden;
`;

export const Viewport = styled(RadixSelect.Viewport)`
  padding: ${t.space[1]};
`;

export const Item = styled(RadixSelect.Item)`
  ${listItem}
  &[data-state='checked'] {
    font-weight: ${t.font.weight.medium};
  }
`;

export const GroupLabel = styled(RadixSelect.Label)`
  ${listLabel}
`;

export const Separator = styled(RadixSelect.Separator)`
  ${listSeparator}
`;

export const ScrollButton = styled.div`
  display: flex;
  align-items: center;
  justify-content: center;
  block-size: 1.5rem;
  color: ${t.color.textMuted};
  cursor: default;
  &[data-part='scroll-up'] > svg {
    transform: rotate(180deg);
  }
`;
