import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  min-inline-size: 0;
`;

export const Header = styled.div`
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[2]};
  & > [data-part='month'] {
    font-weight: ${t.font.weight.semibold};
    color: ${t.color.text};
  }
`;

export const Grid = styled.table`
  inline-size: 100%;
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: ${t.space[1]};
  & th {
    padding-block: ${t.space[1]};
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
    font-weight: ${t.font.weight.medium};
    text-align: center;
  }
  & td {
    padding: 0;
    vertical-align: top;
  }
`;

export const Day = styled.button`
  display: flex;
  flex-direction: column;
  align-items: stretch;
  gap: 0.125rem;
  inline-size: 100%;
  min-block-size: 3.5rem;
  padding: ${t.space[1]};
  border: 1px solid ${t.color.border};
  border-radius: ${t.radius.sm};
  background-color: ${t.color.surface};
  color: ${t.color.text};
  font: inherit;
  font-size: ${t.font.size.xs};
  font-variant-numeric: tabular-nums;
  text-align: start;
  cursor: pointer;
  overflow: hidden;
  ${focusRing}
  &:focus-visible {
    position: relative;
    z-index: 1;
  }
  &:hover {
    border-color: ${t.color.borderStrong};
  }
  & > [data-part='date'] {
    color: ${t.color.textMuted};
  }
  /*
   * One line, never cut: every form of the amount is in the cell, on one spot; the calendar's
   * data-fit (measured) shows the longest that fits every day of the month — in full, compact
   * ("+$6.4K"), or the arrow alone (the amount stays in the day's name and title).
   */
  & > [data-part='pnl'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    overflow: hidden;
    font-weight: ${t.font.weight.semibold};
  }
  & > [data-part='pnl'] > [data-fit] {
    grid-area: 1 / 1;
    justify-self: start;
    white-space: nowrap;
  }
  & > [data-part='pnl'] > [data-fit='arrow'] {
    display: flex;
    align-items: center;
  }
  [data-fit='full'] & > [data-part='pnl'] > :not([data-fit='full']),
  [data-fit='compact'] & > [data-part='pnl'] > :not([data-fit='compact']),
  [data-fit='arrow'] & > [data-part='pnl'] > :not([data-fit='arrow']) {
    visibility: hidden;
  }
  /* Intensity: the family's subtle tint mixed into the surface by level (text stays on a surface or its subtle). */
  &[data-tone='positive'] {
    background-color: color-mix(in oklab, ${t.color.positiveSubtle} var(--_mix), ${t.color.surface});
    border-color: ${t.color.positive};
  }
  &[data-tone='negative'] {
    background-color: color-mix(in oklab, ${t.color.negativeSubtle} var(--_mix), ${t.color.surface});
    border-color: ${t.color.negative};
  }
  &[data-tone='positive'] > [data-part='pnl'] {
    color: ${t.color.positiveText};
  }
  &[data-tone='negative'] > [data-part='pnl'] {
    color: ${t.color.negativeText};
  }
  &[data-level='1'] {
    --_mix: 35%;
  }
  &[data-level='2'] {
    --_mix: 60%;
  }
  &[data-level='3'] {
    --_mix: 80%;
  }
  &[data-level='4'] {
    --_mix: 100%;
  }
  &[aria-current='date'] {
    box-shadow: inset 0 0 0 1px ${t.color.borderStrong};
  }
`;
