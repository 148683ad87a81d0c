import type { LocaleCatalog } from '../../types';

/** German strings of the sign-in page: namespace `signIn`, every English key. */
const signIn: LocaleCatalog<'signIn'> = {
  pageTitle: 'Anmelden',
  title: 'Bei {{name}} anmelden',
  description: 'Mit der E-Mail-Adresse und dem Passwort Ihres Kontos.',
  email: 'E-Mail',
  password: 'Passwort',
  submit: 'Anmelden',
  invalid: 'E-Mail und Passwort passen zu keinem Konto hier.',
  rateLimited: 'Zu viele Versuche. Warten Sie eine Minute.',
  throttled: 'Zu viele Anmeldeversuche. Sie können es um {{time}} erneut versuchen.',
  throttledNow: 'Sie können es jetzt erneut versuchen.',
  network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  failed: 'Anmelden hat nicht geklappt: {{reason}}',
};

export default signIn;
