import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const Root = styled.div`
  --_cell: 2.5rem;
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[6]};
  color: ${t.color.text};
  font-size: ${t.font.size.sm};
  & svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;

export const Month = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
`;

export const Header = styled.div`
  display: grid;
  grid-template-columns: ${t.control.height.sm} 1fr ${t.control.height.sm};
  align-items: center;
  min-block-size: ${t.control.height.sm};
  & > [data-part='month'] {
    grid-column: 2;
    font-weight: ${t.font.weight.semibold};
    text-align: center;
  }
  & > [data-part='next'] {
    grid-column: 3;
  }
`;

export const Grid = styled.table`
  border-collapse: collapse;
  border-spacing: 0;
  & th {
    block-size: 2rem;
    padding: 0;
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
    font-weight: ${t.font.weight.medium};
    text-align: center;
  }
  & td {
    inline-size: var(--_cell);
    block-size: var(--_cell);
    padding: 0;
    text-align: center;
  }
  /* A range is a band behind the days, rounded at its ends (logical: correct in RTL too). */
  & td:is([data-in-range], [data-range-start], [data-range-end]) {
    background-color: ${t.color.accentSubtle};
  }
  & td[data-range-start] {
    border-start-start-radius: 50%;
    border-end-start-radius: 50%;
  }
  & td[data-range-end] {
    border-start-end-radius: 50%;
    border-end-end-radius: 50%;
  }
`;

export const Day = styled.button`
  inline-size: var(--_cell);
  block-size: var(--_cell);
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: inherit;
  font: inherit;
  font-variant-numeric: tabular-nums;
  cursor: pointer;
  ${focusRing}
  &:focus-visible {
    position: relative;
    z-index: 1;
    outline-offset: 1px;
  }
  &:hover:not([aria-disabled]) {
    background-color: ${t.color.surfaceHover};
  }
  &[aria-current='date'] {
    font-weight: ${t.font.weight.bold};
    box-shadow: inset 0 0 0 ${t.borderWidth.strong} ${t.color.borderStrong};
  }
  [data-in-range] > &:hover:not([aria-disabled]) {
    background-color: transparent;
    box-shadow: inset 0 0 0 ${t.borderWidth.strong} ${t.color.accent};
  }
  [data-selected] > &,
  [data-selected] > &:hover:not([aria-disabled]) {
    background-color: ${t.color.accent};
    color: ${t.color.onAccent};
    font-weight: ${t.font.weight.semibold};
  }
  &[aria-disabled] {
    color: ${t.color.textDisabled};
    text-decoration: line-through;
    cursor: not-allowed;
  }
`;
