import { vars as t } from '@journalkit/theme';
import { DropdownMenu } from 'radix-ui';
import styled, { css } from 'styled-components';
import { floatingPanel, listItem, listLabel, listSeparator } from '../internal/overlay.styles';

const panel = css`
  ${floatingPanel}
  min-inline-size: 12rem;
  max-inline-size: min(calc(100vw - 1rem), 22rem);
  overflow: auto;
  padding: ${t.space[1]};
`;

export const Content = styled(DropdownMenu.Content)`
  ${panel}
  --_origin: var(--radix-dropdown-menu-content-transform-origin);
  max-block-size: var(--radix-dropdown-menu-content-available-height);
`;

export const SubContent = styled(DropdownMenu.SubContent)`
  ${panel}
  --_origin: var(--radix-dropdown-menu-content-transform-origin);
`;

const item = css`
  ${listItem}
  &[data-tone='negative'] {
    color: ${t.color.negativeText};
  }
  &[data-tone='negative'][data-highlighted] {
    background-color: ${t.color.negativeSubtle};
  }
  & > [data-part='icon'] {
    display: inline-flex;
    color: ${t.color.textMuted};
  }
  &[data-tone='negative'] > [data-part='icon'] {
    color: inherit;
  }
  & > [data-part='shortcut'] {
    margin-inline-start: auto;
    padding-inline-start: ${t.space[4]};
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
  }
  & > [data-part='chevron'] {
    flex-shrink: 0;
    margin-inline-start: auto;
    color: ${t.color.textMuted};
  }
  &[data-state='open'] {
    background-color: ${t.color.surfaceHover};
  }
`;

export const Item = styled(DropdownMenu.Item)`
  ${item}
`;
export const CheckboxItem = styled(DropdownMenu.CheckboxItem)`
  ${item}
`;
export const RadioItem = styled(DropdownMenu.RadioItem)`
  ${item}
`;
export const SubTrigger = styled(DropdownMenu.SubTrigger)`
  ${item}
`;

export const Label = styled(DropdownMenu.Label)`
  ${listLabel}
`;

export const Separator = styled(DropdownMenu.Separator)`
  ${listSeparator}
`;
