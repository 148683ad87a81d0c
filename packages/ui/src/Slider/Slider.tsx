import { forwardRef } from 'react';
import { slider as sliderStrings } from '../i18n/locales/slider/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import type { FieldProps } from '../internal/Field';
import { GroupFrame, useGroupIds } from '../internal/GroupFrame';
import { Num } from '../internal/Num';
import { useControllableState } from '../internal/useControllableState';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import * as S from './Slider.styles';

export const sliderVariants = defineVariants({
  size: { values: ['sm', 'md'], default: 'md' },
});

export interface SliderProps extends Omit<FieldProps, 'label'> {
  /** Names the slider (and, for a range, each thumb: "Risk, minimum"). Already translated. */
  label: string;
  /** One value for a single thumb, two for a range. */
  value?: number[];
  defaultValue?: number[];
  /** While dragging or on each key press. */
  onValueChange?: (value: number[]) => void;
  /** When the user lets go (pointer up, or each key press): save here. */
  onValueCommit?: (value: number[]) => void;
  min?: number;
  max?: number;
  step?: number;
  /** For a range: the least number of steps between the thumbs. */
  minStepsBetweenThumbs?: number;
  /** Intl options for the shown and announced value (`{ style: 'percent' }`, a currency…). */
  format?: Intl.NumberFormatOptions;
  /** Or format it yourself (already localised), e.g. `(v) => t('risk.r', { count: v })`. */
  formatValue?: (value: number) => string;
  /** Show the current value at the end of the label row. Default true. */
  showValue?: boolean;
  size?: VariantValue<typeof sliderVariants, 'size'>;
  name?: string;
  disabled?: boolean;
  id?: string;
  className?: string;
}

/**
 * Choose a number, or a range with two thumbs, by dragging or with the keyboard (Radix Slider):
 * arrows step, Page Up/Down step by ten, Home/End jump to the ends; horizontal keys follow the
 * reading direction in RTL. Values are shown and announced in the locale's number format.
 */
export const Slider = forwardRef<HTMLSpanElement, SliderProps>(function Slider(
  {
    label,
    hideLabel,
    description,
    error,
    value: valueProp,
    defaultValue,
    onValueChange,
    onValueCommit,
    min = 0,
    max = 100,
    step = 1,
    minStepsBetweenThumbs,
    format,
    formatValue,
    showValue = true,
    size = 'md',
    name,
    disabled,
    id,
    className,
  },
  ref,
) {
  const t = useT(sliderStrings);
  const f = useFormatters();
  const ids = useGroupIds(id, { description, error });
  const [value, setValue] = useControllableState({
    value: valueProp,
    defaultValue: defaultValue ?? [min],
    onChange: onValueChange,
  });
  const text = (v: number) => (formatValue ? formatValue(v) : f.number(v, format));
  const range = value.length > 1;
  const shown = value.map(text).join(' – ');
  return (
    <GroupFrame
      component="Slider"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      ids={ids}
      labelEnd={
        showValue && (
          <span data-part="value" aria-hidden>
            <Num>{shown}</Num>
          </span>
        )
      }
    >
      <S.Root
        ref={ref}
        id={ids.groupId}
        value={value}
        onValueChange={setValue}
        {...(onValueCommit && { onValueCommit })}
        {...(minStepsBetweenThumbs !== undefined && { minStepsBetweenThumbs })}
        {...(name !== undefined && { name })}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        data-part="slider"
        data-size={size}
        data-invalid={error ? true : undefined}
      >
        <S.Track data-part="track">
          <S.Range data-part="range" />
        </S.Track>
        {value.map((v, i) => (
          <S.Thumb
            key={i}
            data-part="thumb"
            {...(range
              ? { 'aria-label': t(i === 0 ? 'slider.start' : 'slider.end', { label }) }
              : { 'aria-labelledby': ids.labelId })}
            aria-describedby={ids.describedBy}
            aria-invalid={error ? true : undefined}
            aria-valuetext={text(v)}
          />
        ))}
      </S.Root>
    </GroupFrame>
  );
});
