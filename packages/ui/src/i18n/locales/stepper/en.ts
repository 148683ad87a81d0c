/** English strings of Stepper, registered by `useT(stepper)` on first render. */

export const stepperStrings = {
  label: 'Progress',
  complete: 'Completed',
  current: 'Current step',
  upcoming: 'Not started',
  error: 'Needs attention',
  step: 'Step {{step}} of {{total}}',
};

export const stepper = { stepper: stepperStrings };
