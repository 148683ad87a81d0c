import { vars as t } from '@journalkit/theme';
import styled, { css, keyframes } from 'styled-components';
import { focusRing, reducedMotion } from '../internal/styles';

// Layout: every row is a CSS grid with the same `--_table-cols` template, so the header and the
// absolutely positioned (virtual) body rows line up without a table layout pass over 100k rows.
// The elements keep explicit ARIA roles because `display: grid` would drop native table semantics
// in some browsers.

export const TableRoot = styled.div`
  --_row-height: 44px;
  position: relative;
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  min-inline-size: 0;
  color: ${t.color.text};
  font-size: ${t.font.size.sm};
  &[data-size='sm'] {
    --_row-height: 36px;
  }
  &[data-size='lg'] {
    --_row-height: 52px;
  }
`;

export const Toolbar = styled.div`
  display: flex;
  align-items: center;
  justify-content: flex-end;
  gap: ${t.space[3]};
`;

export const Frame = styled.div`
  position: relative;
  min-inline-size: 0;
`;

export const Viewport = styled.div`
  position: relative;
  overflow: auto;
  max-block-size: var(--_table-height, 32rem);
  border: ${t.borderWidth.default} solid ${t.component.table.border};
  border-radius: ${t.component.table.radius};
  background-color: ${t.component.table.rowBackground};
  overscroll-behavior: contain;
  ${focusRing}
`;

export const StyledTable = styled.table`
  display: grid;
  inline-size: max(100%, var(--_table-min, 0px));
  margin: 0;
  border-spacing: 0;
  & > thead,
  & > tbody {
    display: grid;
  }
  & tr {
    display: grid;
    grid-template-columns: var(--_table-cols);
    block-size: var(--_row-height);
  }
`;

export const Head = styled.thead`
  position: sticky;
  inset-block-start: 0;
  z-index: ${t.z.raised};
  background-color: ${t.component.table.headerBackground};
  color: ${t.component.table.headerText};
`;

const cell = css`
  display: flex;
  align-items: center;
  min-inline-size: 0;
  padding-block: 0;
  padding-inline: ${t.component.table.cellPaddingInline};
  text-align: start;
  white-space: nowrap;
  &[data-align='end'] {
    justify-content: flex-end;
    text-align: end;
  }
  &[data-align='center'] {
    justify-content: center;
    text-align: center;
  }
  &[data-numeric] {
    font-variant-numeric: tabular-nums;
  }
  &[data-part='select-cell'] {
    justify-content: center;
    padding-inline: 0;
  }
`;

export const HeaderCell = styled.th`
  ${cell}
  border-block-end: ${t.borderWidth.default} solid ${t.component.table.border};
  font-size: ${t.font.size.xs};
  font-weight: ${t.font.weight.semibold};
  letter-spacing: 0.02em;
  text-transform: uppercase;
`;

export const SortButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${t.space[2]};
  max-inline-size: 100%;
  margin: 0;
  padding: ${t.space[1]};
  margin-inline: calc(-1 * ${t.space[1]});
  border: 0;
  border-radius: ${t.radius.sm};
  background: none;
  color: inherit;
  font: inherit;
  letter-spacing: inherit;
  text-transform: inherit;
  cursor: pointer;
  ${focusRing}
  &:hover {
    color: ${t.color.text};
  }
  &[data-sorted] {
    color: ${t.color.text};
  }
  & > [data-part='sort-icon'] {
    flex-shrink: 0;
  }
  & > [data-part='sort-icon'][data-state='unsorted'] {
    opacity: 0.55;
  }
`;

export const Body = styled.tbody`
  position: relative;
`;

export const BodyRow = styled.tr`
  position: absolute;
  inset-block-start: 0;
  inset-inline-start: 0;
  inline-size: 100%;
  border-block-end: ${t.borderWidth.default} solid ${t.component.table.border};
  background-color: ${t.component.table.rowBackground};
  &[data-interactive] {
    cursor: pointer;
  }
  &[data-interactive]:hover {
    background-color: ${t.component.table.rowHover};
  }
  &[aria-selected='true'] {
    background-color: ${t.component.table.rowSelected};
  }
  /* Selection is not shown by colour alone: a bar on the start edge (and the checkbox). */
  &[aria-selected='true'] > :first-child {
    box-shadow: inset calc(3px * var(--_dir, 1)) 0 0 ${t.color.accent};
  }
  &:dir(rtl) {
    --_dir: -1;
  }
  &:focus-visible {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: calc(-1 * ${t.component.focusRing.width});
  }
`;

/** Rows of the empty and loading states: in the flow, not virtual. */
export const StaticRow = styled.tr`
  &[data-part='empty-row'] {
    block-size: auto;
    grid-template-columns: 1fr;
  }
  &[data-part='skeleton-row'] {
    border-block-end: ${t.borderWidth.default} solid ${t.component.table.border};
  }
`;

export const DataCell = styled.td`
  ${cell}
  & > [data-part='cell-content'] {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  &[data-part='empty-cell'] {
    justify-content: center;
    padding-block: ${t.space[7]};
  }
`;

export const RowCheckbox = styled.input`
  inline-size: 1rem;
  block-size: 1rem;
  margin: 0;
  accent-color: ${t.color.accent};
  cursor: pointer;
  ${focusRing}
`;

const slide = keyframes`from { transform: translateX(-100%); } to { transform: translateX(250%); }`;

export const LoadingBar = styled.div`
  position: absolute;
  inset-inline: 0;
  inset-block-start: 0;
  z-index: ${t.z.sticky};
  block-size: 3px;
  overflow: hidden;
  border-start-start-radius: ${t.component.table.radius};
  border-start-end-radius: ${t.component.table.radius};
  &::after {
    content: '';
    display: block;
    inline-size: 40%;
    block-size: 100%;
    background-color: ${t.color.accent};
    animation: ${slide} 1.2s ${t.easing.standard} infinite;
  }
  ${reducedMotion(css`
    &::after {
      animation: none;
      inline-size: 100%;
      opacity: 0.6;
    }
  `)}
`;

export const PickerRoot = styled.div`
  position: relative;
  display: inline-flex;
`;

export const PickerPanel = styled.div`
  position: absolute;
  inset-block-start: calc(100% + ${t.space[1]});
  inset-inline-end: 0;
  z-index: ${t.z.dropdown};
  display: flex;
  flex-direction: column;
  min-inline-size: 12rem;
  max-block-size: 20rem;
  overflow: auto;
  padding: ${t.space[2]};
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.md};
  background-color: ${t.color.surfaceRaised};
  box-shadow: ${t.shadow.md};
`;

export const PickerOption = styled.label`
  display: flex;
  align-items: center;
  gap: ${t.space[3]};
  min-block-size: ${t.control.height.sm};
  padding-inline: ${t.space[2]};
  border-radius: ${t.radius.sm};
  cursor: pointer;
  white-space: nowrap;
  &:hover {
    background-color: ${t.color.surfaceHover};
  }
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & > input {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
    accent-color: ${t.color.accent};
  }
`;
