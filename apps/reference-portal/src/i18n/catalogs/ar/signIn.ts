import type { LocaleCatalog } from '../../types';

/** Arabic strings of the sign-in page: namespace `signIn`, every English key. */
const signIn: LocaleCatalog<'signIn'> = {
  pageTitle: 'تسجيل الدخول',
  title: 'سجّل الدخول إلى {{name}}',
  description: 'استخدم البريد الإلكتروني وكلمة المرور الخاصين بحسابك.',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  submit: 'تسجيل الدخول',
  invalid: 'البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب هنا.',
  rateLimited: 'محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مجددًا.',
  throttled: 'محاولات تسجيل دخول كثيرة جدًا. يمكنك المحاولة مجددًا عند الساعة {{time}}.',
  throttledNow: 'يمكنك المحاولة مجددًا الآن.',
  network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا.',
  failed: 'تعذّر تسجيل الدخول: {{reason}}',
};

export default signIn;
