import { vars as t } from '@journalkit/theme';
import { useJkId } from '@journalkit/ui';
import styled from 'styled-components';

const Fieldset = styled.fieldset`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  min-inline-size: 0;
  margin: 0;
  padding: 0;
  border: 0;
  & > legend {
    margin-block-end: ${t.space[2]};
    padding: 0;
    font-size: ${t.font.size.sm};
    font-weight: ${t.font.weight.medium};
  }
`;

const Options = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[2]};
`;

const Option = styled.label`
  position: relative;
  display: inline-flex;
  align-items: center;
  gap: ${t.space[2]};
  min-block-size: ${t.control.height.sm};
  padding-inline: ${t.space[3]};
  border: ${t.borderWidth.default} solid ${t.color.borderStrong};
  border-radius: ${t.radius.control};
  background-color: ${t.color.surface};
  font-size: ${t.font.size.sm};
  cursor: pointer;
  &:has(input:checked) {
    border-color: ${t.color.accent};
    background-color: ${t.color.accentSubtle};
    font-weight: ${t.font.weight.semibold};
  }
  &:has(input:focus-visible) {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: ${t.component.focusRing.offset};
  }
  & > input {
    margin: 0;
    accent-color: ${t.color.accent};
  }
`;

/** A labelled group of radio buttons shown as a row of options (native radios: arrow keys work). */
export function ChoiceGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  labelOf,
}: {
  legend: string;
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  labelOf: (value: V) => string;
}) {
  const name = useJkId();
  return (
    <Fieldset>
      <legend>{legend}</legend>
      <Options>
        {options.map((option) => (
          <Option key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {labelOf(option)}
          </Option>
        ))}
      </Options>
    </Fieldset>
  );
}
