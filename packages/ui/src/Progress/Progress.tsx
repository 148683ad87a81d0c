import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, CSSProperties } from 'react';
import { useFormatters } from '../intl/useFormatters';
import { devWarn } from '../internal/dev';
import { useJkId } from '../internal/ids';
import { Num } from '../internal/Num';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { Indicator, ProgressHeader, ProgressRoot, Ring, Track } from './Progress.styles';

export const progressVariants = defineVariants({
  variant: { values: ['bar', 'ring'], default: 'bar' },
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
  tone: { values: ['accent', 'positive', 'negative'], default: 'accent' },
});

export interface ProgressProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Current value; `null` for indeterminate. */
  value: number | null;
  max?: number;
  /** Visible label (course progress, import status…), already translated. */
  label?: string;
  /** Hide the label visually; it still names the progressbar. */
  hideLabel?: boolean;
  /** Show the percentage (bar: beside the label; ring: in the middle). */
  showValue?: boolean;
  variant?: VariantValue<typeof progressVariants, 'variant'>;
  size?: VariantValue<typeof progressVariants, 'size'>;
  tone?: VariantValue<typeof progressVariants, 'tone'>;
}

const R = 20;
const C = 2 * Math.PI * R;

/** Progress of a task or course, as a bar or a ring (role="progressbar", Radix Progress). */
export const Progress = forwardRef<HTMLDivElement, ProgressProps>(function Progress(
  { value, max = 100, label, hideLabel, showValue, variant = 'bar', size = 'md', tone = 'accent', ...rest },
  ref,
) {
  const f = useFormatters();
  const labelId = useJkId();
  const fraction = value === null ? null : Math.min(1, Math.max(0, value / max));
  const valueText = fraction === null ? undefined : f.percent(fraction, { maximumFractionDigits: 0 });
  if (!label && !rest['aria-label'] && !rest['aria-labelledby'])
    devWarn('Progress needs a `label` (or aria-label).');
  const named = label ? { 'aria-labelledby': labelId } : {};
  const common = {
    value: value === null ? null : Math.min(max, Math.max(0, value)),
    max,
    getValueLabel: () => valueText ?? '',
    'data-size': size,
    'data-part': 'progressbar',
    ...named,
  };
  const labelNode = label && (
    <span id={labelId} data-part="label" style={hideLabel ? visuallyHiddenStyle : undefined}>
      {label}
    </span>
  );
  return (
    <ProgressRoot ref={ref} {...rest} data-component="Progress" data-variant={variant} data-tone={tone}>
      {variant === 'bar' ? (
        <>
          {(label || showValue) && (
            <ProgressHeader data-part="header">
              {labelNode}
              {showValue && valueText && (
                <span data-part="value" aria-hidden>
                  <Num>{valueText}</Num>
                </span>
              )}
            </ProgressHeader>
          )}
          <Track {...common}>
            <Indicator
              data-part="indicator"
              style={fraction === null ? undefined : ({ '--_progress': fraction } as CSSProperties)}
            />
          </Track>
        </>
      ) : (
        <>
          <Ring {...common}>
            <svg viewBox="0 0 48 48" aria-hidden focusable="false">
              <circle data-part="track" cx="24" cy="24" r={R} fill="none" strokeWidth="5" />
              <circle
                data-part="indicator"
                cx="24"
                cy="24"
                r={R}
                fill="none"
                strokeWidth="5"
                strokeLinecap="round"
                strokeDasharray={C}
                strokeDashoffset={C * (1 - (fraction ?? 0.25))}
              />
            </svg>
            {showValue && valueText && (
              <span data-part="value" aria-hidden>
                <Num>{valueText}</Num>
              </span>
            )}
          </Ring>
          {labelNode}
        </>
      )}
    </ProgressRoot>
  );
});

const visuallyHiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
