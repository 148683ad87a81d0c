import type { PortalStringOverrides } from './types';

/** Arabic (right to left). Missing keys fall back to English. */
export const ar: PortalStringOverrides = {
  app: {
    loading: 'جارٍ تحميل البوابة…',
    notFoundTitle: 'لم نعثر على هذه البوابة',
    notFoundDescription: 'تحقّق من العنوان الذي حصلت عليه. عناوين البوابات مثل ‎/t/demo.',
    unreachableTitle: 'تعذّر الوصول إلى البوابة الآن',
    unreachableDescription: 'تحقّق من اتصالك ثم حاول مجددًا بعد قليل.',
    retry: 'حاول مجددًا',
    pageTitle: '{{page}} · {{tenant}}',
    language: 'اللغة',
  },
  nav: { journal: 'اليوميات', learn: 'التعلّم', community: 'المجتمع', admin: 'الإدارة' },
  signIn: {
    pageTitle: 'تسجيل الدخول',
    title: 'سجّل الدخول إلى {{name}}',
    description: 'استخدم البريد الإلكتروني وكلمة المرور الخاصين بحسابك.',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    invalid: 'البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب هنا.',
    rateLimited: 'محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مجددًا.',
    network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا.',
    failed: 'تعذّر تسجيل الدخول: {{reason}}',
  },
  journal: {
    equityTitle: 'رأس المال والتراجع',
    calendarTitle: 'الربح والخسارة اليومية',
    bySetupTitle: 'حسب الإعداد',
    byWeekdayTitle: 'حسب يوم الأسبوع',
    title: 'اليوميات',
    emptyTitle: 'يوميات التداول في الطريق',
    emptyDescription:
      'قريبًا ستستورد صفقاتك من وسيطك وتراجعها في جدول واحد، مع الملاحظات والوسوم ولقطات الشاشة لكل صفقة.',
  },
  learn: {
    title: 'التعلّم',
    emptyTitle: 'الدورات قادمة',
    emptyDescription: 'ستظهر هنا دروس {{name}} واختباراتها وشهاداتها.',
  },
  community: {
    title: 'المجتمع',
    emptyTitle: 'المجتمع قادم',
    emptyDescription: 'ناقش الصفقات والأفكار مع متداولي {{name}} الآخرين.',
  },
  admin: {
    title: 'الإدارة',
    forbiddenTitle: 'للمسؤولين فقط',
    forbiddenDescription: 'اطلب من مالك {{name}} أو أحد مسؤوليها منحك الوصول.',
    sections: 'أقسام الإدارة',
    branding: 'الهوية',
  },
};
