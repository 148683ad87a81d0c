import type { LocaleCatalog } from '../../types';

/** Arabic strings of the shell (loaded with every page): namespace `common`, every English key. */
const common: LocaleCatalog<'common'> = {
  app: {
    loading: 'جارٍ تحميل البوابة…',
    unreachableTitle: 'تعذّر الوصول إلى البوابة الآن',
    unreachableDescription: 'تحقّق من اتصالك ثم حاول مجددًا بعد قليل.',
    retry: 'حاول مجددًا',
    noTenantTitle: 'أي بوابة تبحث عنها؟',
    noTenantDescription: 'افتح العنوان الذي أعطاك إياه وسيطك أو أكاديميتك، مثل ‎/t/demo.',
    pageTitle: '{{page}} · {{tenant}}',
    language: 'اللغة',
    tenantNotFoundTitle: 'لم نعثر على هذه البوابة',
    tenantNotFoundDescription: 'تحقّق من العنوان الذي حصلت عليه. عناوين البوابات مثل ‎/t/demo.',
    homeLink: 'الانتقال إلى الصفحة الرئيسية',
  },
  nav: {
    journal: 'اليوميات',
    learn: 'التعلّم',
    community: 'المجتمع',
    admin: 'الإدارة',
    signIn: 'تسجيل الدخول',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'لا توجد صفحة بهذا العنوان في {{name}}. ربما في الرابط خطأ، أو نُقلت الصفحة.',
    sectionLink: 'الانتقال إلى {{section}}',
  },
  forbidden: {
    title: 'ليس لديك إذن بالوصول إلى هذه الصفحة',
    description: 'اطلب من مالك {{name}} أو أحد مسؤوليها منحك الوصول.',
  },
};

export default common;
