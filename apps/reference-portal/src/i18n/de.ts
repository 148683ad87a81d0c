import type { PortalStringOverrides } from './types';

/** German. Missing keys fall back to English. */
export const de: PortalStringOverrides = {
  app: {
    loading: 'Portal wird geladen…',
    notFoundTitle: 'Dieses Portal gibt es nicht',
    notFoundDescription: 'Prüfen Sie die Adresse. Portale haben Adressen wie /t/demo.',
    unreachableTitle: 'Das Portal ist gerade nicht erreichbar',
    unreachableDescription: 'Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.',
    retry: 'Erneut versuchen',
    language: 'Sprache',
  },
  nav: { journal: 'Journal', learn: 'Lernen', community: 'Community', admin: 'Verwaltung' },
  signIn: {
    pageTitle: 'Anmelden',
    title: 'Bei {{name}} anmelden',
    description: 'Mit der E-Mail-Adresse und dem Passwort Ihres Kontos.',
    email: 'E-Mail',
    password: 'Passwort',
    submit: 'Anmelden',
    invalid: 'E-Mail und Passwort passen zu keinem Konto hier.',
    rateLimited: 'Zu viele Versuche. Warten Sie eine Minute.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
    failed: 'Anmelden hat nicht geklappt: {{reason}}',
  },
  journal: {
    equityTitle: 'Kapitalkurve und Drawdown',
    calendarTitle: 'Tages-G&V',
    bySetupTitle: 'Nach Setup',
    byWeekdayTitle: 'Nach Wochentag',
    title: 'Journal',
    emptyTitle: 'Ihr Trading-Journal ist unterwegs',
    emptyDescription:
      'Bald importieren Sie Trades von Ihrem Broker, sehen sie in einer Tabelle und halten Notizen, Tags und Screenshots fest.',
  },
  learn: {
    title: 'Lernen',
    emptyTitle: 'Kurse folgen bald',
    emptyDescription: 'Lektionen, Quiz und Zertifikate von {{name}} erscheinen hier.',
  },
  community: {
    title: 'Community',
    emptyTitle: 'Die Community folgt bald',
    emptyDescription: 'Diskutieren Sie Trades und Ideen mit den anderen Tradern von {{name}}.',
  },
  admin: {
    title: 'Verwaltung',
    forbiddenTitle: 'Nur für Administratoren',
    sections: 'Verwaltungsbereiche',
    branding: 'Branding',
  },
};
