import { vars as t } from '@journalkit/theme';
import { Popover } from 'radix-ui';
import styled from 'styled-components';
import { bareInput, controlBox } from '../internal/Field.styles';
import { floatingPanel, listItem } from '../internal/overlay.styles';

export const InputBox = styled.div`
  ${controlBox}
  padding-inline-end: ${t.space[1]};
  & > [data-part='toggle'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex-shrink: 0;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: ${t.radius.sm};
    background: transparent;
    color: ${t.color.textMuted};
    cursor: pointer;
  }
  & > [data-part='toggle']:hover:not(:disabled) {
    background-color: ${t.color.surfaceHover};
  }
  & > [data-part='toggle']:disabled {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & > [data-part='toggle'] > svg {
    transition: transform ${t.duration.fast} ${t.easing.standard};
  }
  & > [data-part='toggle'][aria-expanded='true'] > svg {
    transform: rotate(180deg);
  }
`;

export const Input = styled.input`
  ${bareInput}
`;

export const Panel = styled(Popover.Content)`
  ${floatingPanel}
  --_origin: var(--radix-popover-content-transform-origin);
  inline-size: var(--radix-popover-trigger-width);
  min-inline-size: 12rem;
  max-block-size: min(var(--radix-popover-content-available-height), 20rem);
  overflow-y: auto;
  padding: ${t.space[1]};
`;

export const Listbox = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  &:empty {
    display: none;
  }
`;

export const Option = styled.li`
  ${listItem}
  &[aria-selected='true'] {
    font-weight: ${t.font.weight.medium};
  }
  & > [data-part='text'] {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  & [data-part='description'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
    font-weight: ${t.font.weight.regular};
  }
`;

export const Message = styled.div`
  display: flex;
  align-items: center;
  gap: ${t.space[2]};
  padding: ${t.space[2]} ${t.space[3]};
  color: ${t.color.textMuted};
`;
