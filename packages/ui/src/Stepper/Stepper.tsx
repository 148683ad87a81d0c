import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { stepper as stepperStrings } from '../i18n/locales/stepper/en';
import { useT } from '../i18n/useT';
import { AlertIcon, CheckIcon } from '../icons/icons';
import { useFormatters } from '../intl/useFormatters';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import * as S from './Stepper.styles';

export const stepperVariants = defineVariants({
  orientation: { values: ['horizontal', 'vertical'], default: 'horizontal' },
});

export type StepState = 'complete' | 'current' | 'upcoming' | 'error';

export interface StepperStep {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Overrides the state derived from `current` (e.g. `error` on a step that needs fixing). */
  state?: StepState;
}

export interface StepperProps extends Omit<ComponentPropsWithoutRef<'ol'>, 'children'> {
  steps: readonly StepperStep[];
  /** Index of the current step; earlier steps are complete, later ones upcoming. */
  current: number;
  orientation?: VariantValue<typeof stepperVariants, 'orientation'>;
  /** Makes complete and errored steps buttons, to go back to them (wizards that allow it). */
  onStepClick?: (index: number, step: StepperStep) => void;
}

const stateOf = (step: StepperStep, i: number, current: number): StepState =>
  step.state ?? (i < current ? 'complete' : i === current ? 'current' : 'upcoming');

/**
 * Where the user is in a multi-step task (the import wizard): an ordered list whose current item
 * has `aria-current="step"`, each step's state spoken ("Completed", "Current step", "Not
 * started", "Needs attention") and shown by marker, icon and weight, not colour alone.
 */
export const Stepper = forwardRef<HTMLOListElement, StepperProps>(function Stepper(
  { steps, current, orientation = 'horizontal', onStepClick, ...rest },
  ref,
) {
  const t = useT(stepperStrings);
  const f = useFormatters();
  return (
    <S.List
      ref={ref}
      aria-label={t('stepper.label')}
      {...rest}
      data-component="Stepper"
      data-orientation={orientation}
    >
      {steps.map((step, i) => {
        const state = stateOf(step, i, current);
        const clickable = onStepClick && (state === 'complete' || state === 'error');
        const marker =
          state === 'complete' ? <CheckIcon /> : state === 'error' ? <AlertIcon /> : f.number(i + 1);
        const content = (
          <>
            <S.Marker data-part="marker" aria-hidden>
              {marker}
            </S.Marker>
            <S.Text data-part="text">
              <VisuallyHidden>{`${t('stepper.step', { step: f.number(i + 1), total: f.number(steps.length) })}: `}</VisuallyHidden>
              <span data-part="label">{step.label}</span>
              {step.description && <span data-part="description">{step.description}</span>}
              <VisuallyHidden>{`, ${t(`stepper.${state}`)}`}</VisuallyHidden>
            </S.Text>
          </>
        );
        return (
          <S.Step
            key={step.id}
            aria-current={state === 'current' ? 'step' : undefined}
            data-part="step"
            data-state={state}
          >
            {clickable ? (
              <S.Head as="button" type="button" onClick={() => onStepClick(i, step)} data-part="head">
                {content}
              </S.Head>
            ) : (
              <S.Head data-part="head">{content}</S.Head>
            )}
          </S.Step>
        );
      })}
    </S.List>
  );
});
