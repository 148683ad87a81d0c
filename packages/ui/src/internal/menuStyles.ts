import { vars as t } from '@journalkit/theme';
import { DropdownMenu } from 'radix-ui';
import styled, { css, keyframes } from 'styled-components';

// A small dropdown-menu look shared by the Table column picker and the AppShell user menu, until
// the kit's own Menu component exists (then both move to it).
const appear = keyframes`from { opacity: 0; transform: scale(0.97); } to { opacity: 1; transform: none; }`;

export const MenuContent = styled(DropdownMenu.Content)`
  z-index: ${t.z.dropdown};
  min-inline-size: 12rem;
  max-block-size: var(--radix-dropdown-menu-content-available-height);
  overflow: auto;
  padding: ${t.space[2]};
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.md};
  background-color: ${t.color.surfaceRaised};
  color: ${t.color.text};
  box-shadow: ${t.shadow.md};
  font-size: ${t.font.size.sm};
  transform-origin: var(--radix-dropdown-menu-content-transform-origin);
  animation: ${appear} ${t.duration.fast} ${t.easing.enter};
  &:focus-visible {
    outline: none;
  }
`;

const itemBase = css`
  position: relative;
  display: flex;
  align-items: center;
  gap: ${t.space[3]};
  min-block-size: ${t.control.height.sm};
  padding-block: ${t.space[1]};
  padding-inline: ${t.space[3]};
  border-radius: ${t.radius.sm};
  cursor: pointer;
  user-select: none;
  outline: none;
  color: ${t.color.text};
  text-decoration: none;
  &[data-highlighted] {
    background-color: ${t.color.surfaceHover};
  }
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
`;

export const MenuItem = styled(DropdownMenu.Item)`
  ${itemBase}
`;

export const MenuCheckboxItem = styled(DropdownMenu.CheckboxItem)`
  ${itemBase}
  padding-inline-start: ${t.space[7]};
`;

export const MenuItemIndicator = styled(DropdownMenu.ItemIndicator)`
  position: absolute;
  inset-inline-start: ${t.space[2]};
  display: inline-flex;
`;

export const MenuLabel = styled(DropdownMenu.Label)`
  padding-block: ${t.space[1]};
  padding-inline: ${t.space[3]};
  color: ${t.color.textMuted};
  font-size: ${t.font.size.xs};
  font-weight: ${t.font.weight.semibold};
`;

export const MenuSeparator = styled(DropdownMenu.Separator)`
  block-size: ${t.borderWidth.default};
  margin-block: ${t.space[2]};
  background-color: ${t.color.border};
`;
