export { Stepper, stepperVariants } from './Stepper';
export type { StepperProps, StepperStep, StepState } from './Stepper';
