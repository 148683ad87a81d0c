import { vars as t } from '@journalkit/theme';
import { RadioGroup as RadixRadioGroup } from 'radix-ui';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const Group = styled(RadixRadioGroup.Root)`
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  &[data-orientation='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: ${t.space[6]};
  }
  &[data-variant='card'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${t.space[3]};
  }
`;

export const Option = styled.div`
  display: grid;
  grid-template-columns: auto 1fr;
  column-gap: ${t.space[3]};
  row-gap: ${t.space[1]};
  align-items: start;
  [data-variant='card'] > & {
    position: relative;
    padding: ${t.space[4]};
    border: ${t.borderWidth.default} solid ${t.color.borderStrong};
    border-radius: ${t.radius.md};
    background-color: ${t.color.surface};
  }
  [data-variant='card'] > &:has([data-state='checked']) {
    border-color: ${t.color.accent};
    box-shadow: inset 0 0 0 1px ${t.color.accent};
  }
  [data-variant='card'] > &[data-disabled] {
    background-color: ${t.color.surfaceSunken};
  }
`;

export const Item = styled(RadixRadioGroup.Item)`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex-shrink: 0;
  inline-size: 1.25rem;
  block-size: 1.25rem;
  padding: 0;
  border: ${t.borderWidth.strong} solid ${t.component.checkbox.border};
  border-radius: 50%;
  background-color: ${t.color.surface};
  cursor: pointer;
  ${focusRing}
  &[data-state='checked'] {
    border-color: ${t.component.checkbox.checked};
  }
  &[aria-invalid='true'] {
    border-color: ${t.color.negativeText};
  }
  &:disabled {
    cursor: not-allowed;
    background-color: ${t.color.surfaceSunken};
    border-color: ${t.color.border};
  }
  /* A card is clickable as a whole: the radio's hit area covers it. */
  [data-variant='card'] &::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
`;

export const Indicator = styled(RadixRadioGroup.Indicator)`
  display: block;
  inline-size: 0.625rem;
  block-size: 0.625rem;
  border-radius: 50%;
  background-color: ${t.component.checkbox.checked};
  [data-disabled] > & {
    background-color: ${t.color.textDisabled};
  }
`;

export const OptionLabel = styled.label`
  grid-column: 2;
  font-size: ${t.font.size.sm};
  line-height: 1.25rem;
  color: ${t.color.text};
  cursor: pointer;
  [data-variant='card'] & {
    font-weight: ${t.font.weight.medium};
  }
  [data-disabled] > & {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
`;

export const OptionDescription = styled.p`
  grid-column: 2;
  margin: 0;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;
