import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Stepper. */
export const stepper: JournalkitStringOverrides['stepper'] = {
  label: 'التقدم',
  complete: 'مكتملة',
  current: 'الخطوة الحالية',
  upcoming: 'لم تبدأ',
  error: 'تحتاج إلى مراجعة',
  step: 'الخطوة {{step}} من {{total}}',
};
