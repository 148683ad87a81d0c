import type { LocaleCatalog } from '../../types';

/** Arabic strings of the admin section (branding, its preview): namespace `admin`, every English key. */
const admin: LocaleCatalog<'admin'> = {
  title: 'الإدارة',
  branding: {
    title: 'الهوية',
    description: 'لونك وشعارك وأسلوبك. يظهر المظهر المحفوظ للجميع في المرة التالية التي يفتحون فيها البوابة.',
    loadFailed: 'تعذّر تحميل المظهر الحالي: {{reason}}',
    brandColor: 'لون العلامة',
    brandColorPicker: 'اختر لون العلامة',
    mode: 'وضع الألوان',
    modes: {
      light: 'فاتح',
      dark: 'داكن',
      auto: 'حسب الجهاز',
    },
    radius: 'الزوايا',
    radii: {
      none: 'حادة',
      small: 'صغيرة',
      medium: 'متوسطة',
      large: 'كبيرة',
      full: 'مستديرة',
    },
    density: 'الكثافة',
    densities: {
      compact: 'مضغوطة',
      comfortable: 'مريحة',
      spacious: 'فسيحة',
    },
    logoUrl: 'رابط الشعار',
    logoUrlHelp: 'عنوان يبدأ بـ https://‎ أو مسار على هذا الموقع مثل ‎/logo.svg. اتركه فارغًا لعرض الاسم.',
    errorsTitle: 'أصلح ما يلي قبل الحفظ',
    adjustmentsTitle: 'عُدّلت لتسهيل القراءة',
    adjustmentsHelp:
      'نُقلت هذه الألوان (مع الإبقاء على درجتها) ليبلغ تباين النصوص وعناصر التحكم مستوى WCAG AA على كل سطح.',
    adjustmentsNone: 'كل لون يحقق الحد الأدنى لتباين WCAG AA كما اخترته.',
    adjustment:
      '{{token}} في الوضع {{mode}}: {{requested}} ← {{used}} (التباين {{before}}:1 ← {{after}}:1، المطلوب {{required}}:1)',
    formTitle: 'المظهر',
    preview: 'معاينة',
    previewMode: 'الوضع {{mode}}',
    save: 'حفظ المظهر',
    discard: 'تجاهل التغييرات',
    saved: 'حُفظ. المظهر الجديد متاح للجميع عند تحميل الصفحة التالي.',
    saveFailed: 'تعذّر الحفظ: {{reason}}',
  },
  preview: {
    heading: 'هذا الأسبوع',
    netPnl: 'صافي الربح والخسارة',
    winRate: 'نسبة الربح',
    note: 'ملاحظة الصفقة',
    noteValue: 'انتظرت إعادة الاختبار كما خططت.',
    primary: 'حفظ الصفقة',
    secondary: 'إلغاء',
    tag: 'إعداد A+‎',
    link: 'عرض كل الصفقات',
  },
};

export default admin;
