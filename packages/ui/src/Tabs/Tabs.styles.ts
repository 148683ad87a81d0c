import { vars as t } from '@journalkit/theme';
import { Tabs as RadixTabs } from 'radix-ui';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const Root = styled(RadixTabs.Root)`
  display: flex;
  flex-direction: column;
  gap: ${t.space[4]};
  min-inline-size: 0;
  &[data-orientation='vertical'] {
    flex-direction: row;
  }
`;

export const List = styled(RadixTabs.List)`
  display: flex;
  gap: ${t.space[1]};
  overflow-x: auto;
  scrollbar-width: thin;
  &[data-variant='underline'] {
    border-block-end: ${t.borderWidth.default} solid ${t.color.border};
  }
  &[data-variant='soft'] {
    align-self: flex-start;
    max-inline-size: 100%;
    padding: ${t.space[1]};
    border-radius: ${t.radius.md};
    background-color: ${t.color.surfaceSunken};
  }
  &[data-orientation='vertical'] {
    flex-direction: column;
    overflow: visible;
    border-block-end: 0;
  }
  &[data-orientation='vertical'][data-variant='underline'] {
    border-inline-end: ${t.borderWidth.default} solid ${t.color.border};
  }
  &[data-full-width] > * {
    flex: 1;
  }
`;

export const Trigger = styled(RadixTabs.Trigger)`
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${t.space[2]};
  flex-shrink: 0;
  min-block-size: ${t.control.height.md};
  padding-inline: ${t.space[4]};
  border: 0;
  background: transparent;
  color: ${t.color.textMuted};
  font: inherit;
  font-size: ${t.font.size.sm};
  font-weight: ${t.font.weight.medium};
  white-space: nowrap;
  cursor: pointer;
  ${focusRing}
  &:focus-visible {
    outline-offset: -2px;
  }
  &:hover:not([data-disabled]) {
    color: ${t.color.text};
  }
  &[data-state='active'] {
    color: ${t.color.text};
  }
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  [data-variant='underline'] > & {
    margin-block-end: calc(-1 * ${t.borderWidth.default});
    border-block-end: 2px solid transparent;
  }
  [data-variant='underline'] > &[data-state='active'] {
    border-block-end-color: ${t.color.accent};
  }
  [data-variant='underline'][data-orientation='vertical'] > & {
    justify-content: flex-start;
    margin-block-end: 0;
    margin-inline-end: calc(-1 * ${t.borderWidth.default});
    border-block-end: 0;
    border-inline-end: 2px solid transparent;
  }
  [data-variant='underline'][data-orientation='vertical'] > &[data-state='active'] {
    border-inline-end-color: ${t.color.accent};
  }
  [data-variant='soft'] > & {
    min-block-size: ${t.control.height.sm};
    padding-inline: ${t.space[3]};
    border-radius: ${t.radius.sm};
  }
  [data-variant='soft'] > &[data-state='active'] {
    background-color: ${t.color.surface};
    box-shadow: ${t.shadow.sm};
  }
  & > [data-part='count'] {
    color: ${t.color.textMuted};
    font-variant-numeric: tabular-nums;
  }
`;

export const Content = styled(RadixTabs.Content)`
  flex: 1;
  min-inline-size: 0;
  border-radius: ${t.radius.sm};
  ${focusRing}
`;
