import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of AppShell. */
export const appShell: JournalkitStringOverrides['appShell'] = {
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  primaryNavigation: 'التنقل الرئيسي',
  openMenu: 'فتح القائمة',
  menu: 'القائمة',
  home: 'الصفحة الرئيسية لـ {{name}}',
  signOut: 'تسجيل الخروج',
};
