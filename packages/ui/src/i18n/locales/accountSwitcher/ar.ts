import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of AccountSwitcher. */
export const accountSwitcher: JournalkitStringOverrides['accountSwitcher'] = {
  label: 'الحساب',
  placeholder: 'اختر حسابًا',
  all: 'كل الحسابات',
  active: 'الحسابات',
  archived: 'المؤرشفة',
  option: '{{name}} · {{broker}} · {{currency}}',
};
