import { vars as t } from '@journalkit/theme';
import styled, { css } from 'styled-components';
import { focusRing } from '../internal/styles';

export const List = styled.ol`
  --_marker: 2rem;
  display: flex;
  flex-wrap: wrap;
  margin: 0;
  padding: 0;
  list-style: none;
  /* Narrow containers stack a horizontal stepper (the steps' rules query this). */
  container: jk-stepper / inline-size;
`;

/** One step per row, the connector running down from the marker. */
const vertical = css`
  flex-basis: 100%;
  padding-block-end: ${t.space[6]};
  &:not(:last-child)::after {
    inset-inline: calc(var(--_marker) / 2 - 1px) auto;
    inset-block: calc(var(--_marker) + ${t.space[1]}) ${t.space[1]};
    inline-size: 2px;
    block-size: auto;
  }
  & > [data-part='head'] {
    flex-direction: row;
    padding-inline-end: 0;
  }
`;

export const Step = styled.li`
  position: relative;
  flex: 1 1 0;
  min-inline-size: 0;
  /* The connector to the next step, behind the markers. */
  &:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_marker) / 2 - 1px);
    inset-inline: calc(var(--_marker) + ${t.space[2]}) ${t.space[2]};
    block-size: 2px;
    background-color: ${t.color.borderStrong};
  }
  &[data-state='complete']:not(:last-child)::after {
    background-color: ${t.color.accent};
  }
  & > [data-part='head'] {
    flex-direction: column;
    padding-inline-end: ${t.space[4]};
  }
  [data-orientation='vertical'] > & {
    ${vertical}
  }
  @container jk-stepper (max-width: 32rem) {
    [data-orientation='horizontal'] > & {
      ${vertical}
    }
  }
`;

export const Head = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${t.space[3]};
  padding: 0;
  border: 0;
  border-radius: ${t.radius.md};
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  &:is(button) {
    cursor: pointer;
    ${focusRing}
  }
  &:is(button):hover [data-part='label'] {
    text-decoration: underline;
  }
`;

export const Marker = styled.span`
  position: relative;
  z-index: 1;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex-shrink: 0;
  inline-size: var(--_marker);
  block-size: var(--_marker);
  border: ${t.borderWidth.strong} solid ${t.color.borderStrong};
  border-radius: 50%;
  background-color: ${t.color.surface};
  color: ${t.color.textMuted};
  font-size: ${t.font.size.sm};
  font-weight: ${t.font.weight.semibold};
  font-variant-numeric: tabular-nums;
  [data-state='current'] & {
    border-color: ${t.color.accent};
    color: ${t.color.accentText};
    box-shadow: 0 0 0 3px ${t.color.accentSubtle};
  }
  [data-state='complete'] & {
    border-color: ${t.color.accent};
    background-color: ${t.color.accent};
    color: ${t.color.onAccent};
  }
  [data-state='error'] & {
    border-color: ${t.color.negative};
    background-color: ${t.color.negativeSubtle};
    color: ${t.color.negativeText};
  }
`;

export const Text = styled.span`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  min-inline-size: 0;
  padding-block-start: calc((var(--_marker) - 1.25rem) / 2);
  & > [data-part='label'] {
    color: ${t.color.text};
    font-size: ${t.font.size.sm};
    font-weight: ${t.font.weight.medium};
    line-height: 1.25rem;
    overflow-wrap: break-word;
  }
  [data-state='upcoming'] & > [data-part='label'] {
    color: ${t.color.textMuted};
  }
  [data-state='current'] & > [data-part='label'] {
    font-weight: ${t.font.weight.semibold};
  }
  & > [data-part='description'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
  }
  [data-state='error'] & > [data-part='description'] {
    color: ${t.color.negativeText};
  }
`;
